"""The shipped reference data: states, aliases, organisations, currencies and sectors.

The CSVs are read the way the package reads them (``importlib.resources`` on ``entente.seeds``)
and checked against pycountry, the controlled vocabularies and a few facts known for certain.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter, defaultdict
from functools import cache
from importlib import resources

import pycountry
import pytest

from entente.models.vocab import ActorKind, AliasKind, values
from entente.seeds import generate_refdata

QID = re.compile(r"^Q[1-9][0-9]*$")
CAMEO = re.compile(r"^[A-Z0-9]{3,15}$")
SNAKE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")

HEADERS = {
    "states.csv": ["iso3", "iso2", "name", "official_name", "wikidata_qid", "cameo_code"],
    "aliases.csv": ["actor", "alias", "alias_kind"],
    "organizations.csv": ["name", "kind", "country_iso3", "wikidata_qid", "cameo_code"],
    "currencies.csv": ["code", "name", "numeric_code", "minor_unit"],
    "sectors.csv": ["code", "name", "dac_purpose_code", "keywords"],
}

# ISO 3166-1 entries that are not sovereign states (dependencies, disputed or uninhabited
# territories): they need a name alias but not necessarily an adjective or a capital.
TERRITORIES = frozenset(
    {
        "ABW", "AIA", "ALA", "ASM", "ATA", "ATF", "BES", "BLM", "BMU", "BVT", "CCK", "COK",
        "CUW", "CXR", "CYM", "ESH", "FLK", "FRO", "GGY", "GIB", "GLP", "GRL", "GUF", "GUM",
        "HKG", "HMD", "IMN", "IOT", "JEY", "MAC", "MAF", "MNP", "MSR", "MTQ", "MYT", "NCL",
        "NFK", "NIU", "PCN", "PRI", "PYF", "REU", "SGS", "SHN", "SJM", "SPM", "SXM", "TCA",
        "TKL", "UMI", "VGB", "VIR", "WLF",
    }
)  # fmt: skip
# States whose only English adjective is shared with another state, so a gazetteer entry would
# be a guess: Congolese (both Congos), Dominican (Dominica and the Dominican Republic) and
# Central African (the region as much as the republic).
NO_ADJECTIVE = frozenset({"COD", "COG", "DMA", "CAF"})
# States whose capital is named like a bigger or better-known place: Victoria (Seychelles),
# St. John's (Antigua and Barbuda), St. George's (Grenada).
NO_CAPITAL = frozenset({"SYC", "ATG", "GRD"})
# States whose common name is left out of aliases.csv because it names something else as often.
NAME_NOT_ALIASED = frozenset({"JEY"})  # "Jersey" is also New Jersey and a garment


@cache
def rows(filename: str) -> tuple[dict[str, str], ...]:
    """The data rows of a shipped seed CSV."""
    text = resources.files("entente.seeds").joinpath(filename).read_text(encoding="utf-8")
    return tuple(csv.DictReader(io.StringIO(text)))


def raw_lines(filename: str) -> list[list[str]]:
    """Every line of a seed CSV, header included, as lists of fields."""
    text = resources.files("entente.seeds").joinpath(filename).read_text(encoding="utf-8")
    return list(csv.reader(io.StringIO(text)))


def states() -> dict[str, dict[str, str]]:
    return {row["iso3"]: row for row in rows("states.csv")}


def organizations() -> dict[str, dict[str, str]]:
    return {row["name"]: row for row in rows("organizations.csv")}


def aliases_of(actor: str, kind: AliasKind | None = None) -> set[str]:
    return {
        row["alias"]
        for row in rows("aliases.csv")
        if row["actor"] == actor and (kind is None or row["alias_kind"] == kind.value)
    }


def sovereign_states() -> set[str]:
    return set(states()) - TERRITORIES


# --- files --------------------------------------------------------------------------------


@pytest.mark.parametrize("filename", sorted(HEADERS))
def test_file_has_exact_header_and_well_formed_rows(filename: str) -> None:
    lines = raw_lines(filename)
    assert lines[0] == HEADERS[filename]
    assert len(lines) > 1
    for number, fields in enumerate(lines[1:], start=2):
        assert len(fields) == len(HEADERS[filename]), f"{filename}:{number}: {fields}"
        for value in fields:
            assert value == value.strip(), f"{filename}:{number}: stray whitespace in {value!r}"


@pytest.mark.parametrize("filename", sorted(HEADERS))
def test_file_has_no_duplicate_rows(filename: str) -> None:
    counts = Counter(tuple(fields) for fields in raw_lines(filename)[1:])
    assert [line for line, n in counts.items() if n > 1] == []


@pytest.mark.parametrize(
    ("filename", "key"),
    [
        ("states.csv", ("iso3",)),
        ("aliases.csv", ("actor", "alias_kind", "alias")),
        ("organizations.csv", ("name",)),
        ("currencies.csv", ("code",)),
        ("sectors.csv", ("code",)),
    ],
)
def test_file_is_sorted(filename: str, key: tuple[str, ...]) -> None:
    keys = [tuple(row[k] for k in key) for row in rows(filename)]
    assert keys == sorted(keys)


@pytest.mark.parametrize("filename", ["states.csv", "currencies.csv"])
def test_pycountry_sync_script_leaves_the_files_unchanged(filename: str) -> None:
    text = resources.files("entente.seeds").joinpath(filename).read_text(encoding="utf-8")
    existing = list(csv.DictReader(io.StringIO(text)))
    if filename == "states.csv":
        synced = generate_refdata.render(
            generate_refdata.STATE_COLUMNS, generate_refdata.sync_states(existing)
        )
    else:
        synced = generate_refdata.render(
            generate_refdata.CURRENCY_COLUMNS, generate_refdata.sync_currencies(existing)
        )
    assert synced == text


def test_sync_script_fills_a_missing_state_from_pycountry_and_keeps_curated_columns() -> None:
    curated = [row for row in rows("states.csv") if row["iso3"] != "NOR"]
    synced = {row["iso3"]: row for row in generate_refdata.sync_states(curated)}
    assert synced["NOR"] == {
        "iso3": "NOR",
        "iso2": "NO",
        "name": "Norway",
        "official_name": "Kingdom of Norway",
        "wikidata_qid": "",
        "cameo_code": "NOR",
    }
    assert synced["RUS"]["name"] == "Russia"
    assert synced["RUS"]["wikidata_qid"] == "Q159"


# --- states -------------------------------------------------------------------------------


def test_every_pycountry_country_has_one_state_row_with_its_codes() -> None:
    by_iso3 = states()
    assert len(by_iso3) == len(rows("states.csv"))
    assert set(by_iso3) == {country.alpha_3 for country in pycountry.countries}
    for country in pycountry.countries:
        assert by_iso3[country.alpha_3]["iso2"] == country.alpha_2


def test_states_have_a_name_and_cameo_uses_the_iso3_code() -> None:
    for iso3, row in states().items():
        assert row["name"], iso3
        assert row["cameo_code"] == iso3


def test_state_names_are_the_ones_news_uses() -> None:
    names = {iso3: row["name"] for iso3, row in states().items()}
    expected = {
        "RUS": "Russia", "IRN": "Iran", "SYR": "Syria", "KOR": "South Korea",
        "PRK": "North Korea", "VNM": "Vietnam", "LAO": "Laos", "BOL": "Bolivia",
        "VEN": "Venezuela", "TZA": "Tanzania", "MDA": "Moldova", "TWN": "Taiwan",
        "TUR": "Turkey", "CZE": "Czech Republic", "USA": "United States",
        "GBR": "United Kingdom", "CIV": "Ivory Coast",
    }  # fmt: skip
    assert {iso3: names[iso3] for iso3 in expected} == expected


def test_official_names_come_from_pycountry_where_it_has_one() -> None:
    by_iso3 = states()
    assert by_iso3["PAK"]["official_name"] == "Islamic Republic of Pakistan"
    assert by_iso3["CHN"]["official_name"] == "People's Republic of China"
    assert by_iso3["USA"]["official_name"] == "United States of America"
    assert not any(row["official_name"].startswith("the ") for row in by_iso3.values())


def test_wikidata_qids_are_well_formed_and_unique() -> None:
    qids = [row["wikidata_qid"] for row in rows("states.csv") + rows("organizations.csv")]
    present = [qid for qid in qids if qid]
    assert all(QID.match(qid) for qid in present), [q for q in present if not QID.match(q)]
    assert [qid for qid, n in Counter(present).items() if n > 1] == []


def test_known_state_qids() -> None:
    by_iso3 = states()
    known = {
        "CHN": "Q148", "PAK": "Q843", "USA": "Q30", "AFG": "Q889", "IND": "Q668",
        "GBR": "Q145", "RUS": "Q159", "JPN": "Q17", "DEU": "Q183", "FRA": "Q142",
    }  # fmt: skip
    assert {iso3: by_iso3[iso3]["wikidata_qid"] for iso3 in known} == known


# --- aliases ------------------------------------------------------------------------------


def test_alias_kinds_are_in_the_vocabulary() -> None:
    allowed = set(values(AliasKind))
    assert {row["alias_kind"] for row in rows("aliases.csv")} <= allowed


def test_every_alias_names_a_known_actor() -> None:
    known = set(states()) | set(organizations())
    unknown = {row["actor"] for row in rows("aliases.csv")} - known
    assert unknown == set()


def test_aliases_are_not_empty() -> None:
    assert all(row["alias"] for row in rows("aliases.csv"))


def test_no_alias_names_two_actors() -> None:
    # Compared case-folded and without dots, as a look-up by name would compare them; state
    # and organisation names count too, since the gazetteer takes them as names.
    def folded(alias: str) -> str:
        return " ".join(alias.replace(".", "").casefold().split())

    actors: dict[str, set[str]] = defaultdict(set)
    for row in rows("aliases.csv"):
        actors[folded(row["alias"])].add(row["actor"])
    for iso3, state in states().items():
        for name in (state["name"], state["official_name"]):
            if name:
                actors[folded(name)].add(iso3)
    for name in organizations():
        actors[folded(name)].add(name)
    assert {alias: found for alias, found in actors.items() if len(found) > 1} == {}


def test_every_state_has_a_name_alias() -> None:
    missing = [iso3 for iso3 in states() if not aliases_of(iso3, AliasKind.NAME)]
    assert missing == []


def test_state_common_names_are_aliases() -> None:
    missing = [
        iso3
        for iso3, row in states().items()
        if iso3 not in NAME_NOT_ALIASED and row["name"] not in aliases_of(iso3, AliasKind.NAME)
    ]
    assert missing == []


def test_every_sovereign_state_has_an_adjective_and_a_capital() -> None:
    no_adjective = {
        iso3 for iso3 in sovereign_states() if not aliases_of(iso3, AliasKind.ADJECTIVE)
    }
    no_capital = {iso3 for iso3 in sovereign_states() if not aliases_of(iso3, AliasKind.CAPITAL)}
    assert no_adjective == NO_ADJECTIVE
    assert no_capital == NO_CAPITAL


def test_ambiguous_forms_are_left_out() -> None:
    all_aliases = {row["alias"] for row in rows("aliases.csv")}
    assert {"Congo", "Congolese", "Korean", "Victoria", "Jersey"} & all_aliases == set()


def test_prefixes_are_written_without_a_hyphen() -> None:
    prefixes = [r["alias"] for r in rows("aliases.csv") if r["alias_kind"] == AliasKind.PREFIX]
    assert prefixes
    assert all(prefix.isalpha() and prefix[0].isupper() for prefix in prefixes)


def test_only_states_have_adjectives_capitals_and_prefixes() -> None:
    state_only = {AliasKind.ADJECTIVE, AliasKind.DEMONYM, AliasKind.CAPITAL, AliasKind.PREFIX}
    orgs = set(organizations())
    wrong = [
        row
        for row in rows("aliases.csv")
        if row["actor"] in orgs and row["alias_kind"] in state_only
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("actor", "kind", "alias"),
    [
        ("CHN", AliasKind.ADJECTIVE, "Chinese"),
        ("CHN", AliasKind.CAPITAL, "Beijing"),
        ("CHN", AliasKind.PREFIX, "Sino"),
        ("CHN", AliasKind.SHORT, "PRC"),
        ("PAK", AliasKind.CAPITAL, "Islamabad"),
        ("PAK", AliasKind.ADJECTIVE, "Pakistani"),
        ("USA", AliasKind.SHORT, "US"),
        ("USA", AliasKind.SHORT, "U.S."),
        ("USA", AliasKind.ADJECTIVE, "American"),
        ("USA", AliasKind.CAPITAL, "Washington"),
        ("GBR", AliasKind.NAME, "Britain"),
        ("GBR", AliasKind.SHORT, "UK"),
        ("GBR", AliasKind.DEMONYM, "Briton"),
        ("GBR", AliasKind.PREFIX, "Anglo"),
        ("CIV", AliasKind.NAME, "Ivory Coast"),
        ("CIV", AliasKind.NAME, "Côte d'Ivoire"),
        ("TUR", AliasKind.NAME, "Turkey"),
        ("TUR", AliasKind.NAME, "Türkiye"),
        ("RUS", AliasKind.NAME, "Russia"),
        ("RUS", AliasKind.PREFIX, "Russo"),
        ("IND", AliasKind.PREFIX, "Indo"),
        ("IND", AliasKind.CAPITAL, "New Delhi"),
        ("PRK", AliasKind.SHORT, "DPRK"),
        ("ARE", AliasKind.SHORT, "UAE"),
        ("COD", AliasKind.SHORT, "DRC"),
        ("COD", AliasKind.NAME, "Democratic Republic of the Congo"),
        ("COG", AliasKind.NAME, "Congo-Brazzaville"),
        ("NLD", AliasKind.CAPITAL, "The Hague"),
        ("ZAF", AliasKind.CAPITAL, "Pretoria"),
        ("AFG", AliasKind.ADJECTIVE, "Afghan"),
        ("PHL", AliasKind.DEMONYM, "Filipino"),
        ("International Monetary Fund", AliasKind.SHORT, "IMF"),
        ("China-Pakistan Economic Corridor", AliasKind.SHORT, "CPEC"),
        ("Belt and Road Initiative", AliasKind.SHORT, "BRI"),
        ("Belt and Road Initiative", AliasKind.NAME, "One Belt One Road"),
        ("United Nations", AliasKind.SHORT, "UN"),
        ("World Health Organization", AliasKind.SHORT, "WHO"),
    ],
)
def test_known_alias(actor: str, kind: AliasKind, alias: str) -> None:
    assert alias in aliases_of(actor, kind)


# --- organisations ------------------------------------------------------------------------


def test_organizations_are_many_and_of_allowed_kinds() -> None:
    orgs = rows("organizations.csv")
    assert len(orgs) >= 60
    allowed = {ActorKind.ORGANIZATION.value, ActorKind.PROGRAM.value, ActorKind.GROUP.value}
    assert {row["kind"] for row in orgs} <= allowed


def test_organization_names_do_not_clash_with_state_codes() -> None:
    assert set(organizations()) & set(states()) == set()


def test_organization_countries_and_cameo_codes_are_valid() -> None:
    by_iso3 = states()
    for name, row in organizations().items():
        assert row["country_iso3"] == "" or row["country_iso3"] in by_iso3, name
        assert row["cameo_code"] == "" or CAMEO.match(row["cameo_code"]), name


def test_every_organization_has_a_name_alias() -> None:
    assert [name for name in organizations() if name not in aliases_of(name, AliasKind.NAME)] == []


def test_known_organizations() -> None:
    orgs = organizations()
    assert orgs["International Monetary Fund"]["wikidata_qid"] == "Q7804"
    assert orgs["World Bank"]["wikidata_qid"] == "Q7164"
    assert orgs["United Nations"]["wikidata_qid"] == "Q1065"
    assert orgs["United Nations"]["cameo_code"] == "IGOUNO"
    assert orgs["European Union"]["wikidata_qid"] == "Q458"
    assert orgs["NATO"]["wikidata_qid"] == "Q7184"
    assert orgs["China-Pakistan Economic Corridor"]["kind"] == ActorKind.PROGRAM.value
    assert orgs["Belt and Road Initiative"]["kind"] == ActorKind.PROGRAM.value
    assert orgs["Belt and Road Initiative"]["country_iso3"] == "CHN"
    assert orgs["United States Agency for International Development"]["country_iso3"] == "USA"
    assert orgs["Japan International Cooperation Agency"]["country_iso3"] == "JPN"
    assert orgs["Swedish International Development Cooperation Agency"]["country_iso3"] == "SWE"
    assert orgs["Islamic State"]["wikidata_qid"] == "Q2429253"
    assert orgs["Hamas"]["kind"] == ActorKind.GROUP.value
    assert orgs["Just Energy Transition Partnership"]["kind"] == ActorKind.PROGRAM.value
    assert orgs["Asia-Pacific Economic Cooperation"]["country_iso3"] == ""


# Short forms that name other things as often as the body (a power company, football's
# confederation, the Olympic committee, Japan's forces, a tariff schedule, an air-defence
# command, a Scottish party, a part of Arabic names) or are words.
RISKY_SHORT_FORMS = frozenset(
    {"IS", "AES", "CAF", "CAN", "IOC", "SDF", "EDB", "EPF", "BIS", "AMF", "AA", "HTS", "Norad",
     "Alba", "Fatah"}
)  # fmt: skip


def test_risky_short_forms_are_left_out_of_organisation_aliases() -> None:
    orgs = set(organizations())
    used = {row["alias"] for row in rows("aliases.csv") if row["actor"] in orgs}
    assert used & RISKY_SHORT_FORMS == set()


# --- currencies ---------------------------------------------------------------------------


def test_every_pycountry_currency_has_one_row() -> None:
    codes = [row["code"] for row in rows("currencies.csv")]
    assert len(codes) == len(set(codes))
    assert set(codes) == {currency.alpha_3 for currency in pycountry.currencies}


def test_currency_codes_and_numbers_are_iso_4217() -> None:
    for row in rows("currencies.csv"):
        assert re.fullmatch(r"[A-Z]{3}", row["code"]), row
        currency = pycountry.currencies.get(alpha_3=row["code"])
        assert currency is not None, row
        assert row["numeric_code"] == currency.numeric
        assert row["name"]
        assert row["minor_unit"] in {"", "0", "2", "3", "4"}, row


def test_known_minor_units() -> None:
    minor = {row["code"]: row["minor_unit"] for row in rows("currencies.csv")}
    expected = {
        "USD": "2", "PKR": "2", "CNY": "2", "EUR": "2", "JPY": "0", "KRW": "0", "VND": "0",
        "KWD": "3", "BHD": "3", "OMR": "3", "CLF": "4", "XAU": "", "XDR": "",
    }  # fmt: skip
    assert {code: minor[code] for code in expected} == expected


# --- sectors ------------------------------------------------------------------------------


def test_sector_codes_are_unique_snake_case() -> None:
    codes = [row["code"] for row in rows("sectors.csv")]
    assert len(codes) == len(set(codes))
    assert all(SNAKE.match(code) for code in codes), codes


def test_sector_dac_codes_are_five_digits_or_empty() -> None:
    for row in rows("sectors.csv"):
        assert re.fullmatch(r"(\d{5})?", row["dac_purpose_code"]), row


def test_sector_keywords_are_lowercase_and_belong_to_one_sector() -> None:
    owners: dict[str, list[str]] = defaultdict(list)
    for row in rows("sectors.csv"):
        keywords = row["keywords"].split("|")
        assert keywords and all(keywords), row["code"]
        for keyword in keywords:
            assert keyword == keyword.lower().strip(), keyword
            owners[keyword].append(row["code"])
    assert {kw: codes for kw, codes in owners.items() if len(codes) > 1} == {}


def test_known_sectors() -> None:
    by_code = {row["code"]: row for row in rows("sectors.csv")}
    required = {
        "industry", "agriculture", "mining", "finance", "banking", "energy", "new_energy",
        "infrastructure", "transport", "telecommunications", "information_technology",
        "health", "education", "water_sanitation", "defence", "security", "counter_terrorism",
        "trade", "investment", "tourism", "culture", "science_technology", "space", "maritime",
        "fisheries", "climate", "humanitarian", "governance", "debt_relief", "budget_support",
    }  # fmt: skip
    assert required <= set(by_code)
    assert by_code["finance"]["dac_purpose_code"] == "24010"
    assert by_code["banking"]["dac_purpose_code"] == "24030"
    assert by_code["agriculture"]["dac_purpose_code"] == "31110"
    assert by_code["defence"]["dac_purpose_code"] == ""
    assert "financial" in by_code["finance"]["keywords"].split("|")
