"""People: names after titles of office, counterparts, appositions, and later references to them.

Rules, in the order they run over each sentence:

* ``[affiliation] [modifiers] TITLE [and TITLE] [of STATE] [,] NAME`` — "Kenyan Foreign Minister
  Amina Otieno", "Prime Minister of Nepal Hari Thapa", "IMF Managing Director Carla
  Georgieva". The affiliation (a state adjective, a possessive or an organisation) says whose
  office it is.
* ``NAME, [the] [affiliation] TITLE`` — "Amina Otieno, Kenya's foreign minister". A title's
  portfolios may be listed with commas ("Minister of Foreign Affairs, African Integration and
  the Diaspora, NAME"), and a body's officer may be posted somewhere ("UNHCR's representative
  in Chad, NAME").
* ``[his|her] [affiliation] counterpart[,] NAME`` — the same title as the person just named, of
  the other state.
* Plural titles before two names ("the foreign ministers of the two countries, A and B",
  "Foreign Ministers A of Peru and B of Chile"), the head of a delegation after "led by", a
  byline's authors ("By A and B"), and a full name after a state's possessive ("Thailand's
  Paetongtarn Shinawatra").
* Commentators ("X, a researcher at ...") hold expert titles; their state comes only from
  the sentence that introduces them.
* Known people (gazetteer full names and aliases), courtesy titles with a surname ("Mr Otieno"),
  bare surnames of people already introduced, a given name opening a sentence ("Thongsing
  said"), and a title with no name ("the minister") refer back to a person already met
  (coreference).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from entente.loaders.extract.actors import Mention
from entente.loaders.extract.document import Document, Person, PersonRef, Sentence
from entente.loaders.extract.lexicon import Lexicon, PhraseHit
from entente.loaders.extract.tokens import APOSTROPHES, HYPHENS, Token, is_capitalized
from entente.loaders.gazetteer import KnownPerson
from entente.models.vocab import ActorKind, AliasKind

_DETERMINERS = frozenset({"the", "his", "her", "their", "its", "a", "an", "our"})
_COUNTERPARTS = frozenset({"counterpart", "counterparts"})
_NAME = r"[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z][\w'\u2019-]+|[a-z]{2,3}))*?\s+[A-Z][\w'\u2019-]+"
# "By Amal Haddad", "By Amal Haddad and Ken Obi", "By Amal Haddad, Cairo": a byline's authors
_BYLINE = re.compile(rf"By\s+({_NAME}(?:(?:,\s*|\s+and\s+){_NAME})*)\s*(?:[,(].*)?$")
_BYLINE_SPLIT = re.compile(r",\s*|\s+and\s+")
_AUTHOR_TITLE = "Correspondent"
_LED_BY = re.compile(r"\b(?:delegation|team|mission)\b[^.;]{0,60}?\bled by\s+")
_DELEGATION_HEAD = "Head of Delegation"
# "NAME, who heads the World Food Programme": the head of a body
_WHO_HEADS = re.compile(r",\s+who\s+(?:runs|heads|leads|chairs|directs)\s+(?:the\s+)?(?=[A-Z])")
_BODY_HEAD = "Head"
# "the foreign ministers of the two countries, A and B", "the two presidents, A and B"
_PLURAL_HEADS = ("inisters", "residents", "eaders", "ecretaries", "nvoys", "mbassadors")
_PLURAL_TITLE_BARE = re.compile(
    r"\b(?P<title>(?:(?:Foreign|Finance|Defen[cs]e|Trade|Prime|Energy|Health|Interior|Economy)"
    r"\s+)?(?:Ministers|Presidents|Leaders|Secretaries|Envoys|Ambassadors))\s+(?=[A-Z])"
)
_PLURAL_TITLE = re.compile(
    r"\b[Tt]he\s+(?:two\s+)?(?P<title>(?:(?:[Ff]oreign|[Ff]inance|[Dd]efen[cs]e|[Tt]rade|[Pp]rime|"
    r"[Ee]nergy|[Hh]ealth|[Ii]nterior|[Ee]conomy)\s+)?(?:[Mm]inisters|[Pp]residents|[Ll]eaders|"
    r"[Ss]ecretaries|[Ee]nvoys|[Aa]mbassadors))(?:\s+of\s+(?:the\s+two\s+countries|both\s+"
    r"countries|[A-Z][\w\s'-]{2,40}?\s+and\s+[A-Z][\w'-]+))?,\s+"
)
_MAX_NAME_TOKENS = 6
# Lower-case words that never qualify a title ("Kenya has finance minister ..."): verbs
_NOT_MODIFIERS = frozenset(
    {"is", "was", "are", "were", "has", "have", "had", "said", "says", "told", "met", "meets",
     "will", "would", "and", "or", "but", "with", "by", "for", "to", "of", "in", "on", "at"}
)  # fmt: skip
# Chinese surnames that are also English pronouns: a name when a title precedes them and a
# given name follows ("Vice Premier He Lifeng")
_NAME_LIKE_PRONOUNS = frozenset({"He"})
_BODY_SUFFIXES = frozenset({"Group", "Secretariat"})  # "the IsDB Group": the body itself
_LIST_LINKS = frozenset({"and", "the", "of"})  # small words inside a listed portfolio


class _PeopleFinder:
    """Runs the person rules over a document, sentence by sentence."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.lex = doc.lexicon
        self.tokens = doc.tokens
        self.starts = [tok.start for tok in doc.tokens]
        self.ends = [tok.end for tok in doc.tokens]
        self.known = doc.gazetteer.people
        derived = doc.gazetteer.derived
        surnames = derived.get("known_surnames")
        if not isinstance(surnames, dict):
            surnames = _unique_surnames(self.known.values(), self.lex.surname_first)
            derived["known_surnames"] = surnames
        self.known_surnames: dict[str, str] = surnames
        # surnames of known people distinctive enough to name them alone in running text: not
        # short, not a family name written first ("Kim"), not anyone's given name ("Ahmed")
        known_long = derived.get("known_long_surnames")
        if not isinstance(known_long, frozenset):
            given = {p.name.split()[0] for p in self.known.values()}
            known_long = frozenset(
                w
                for w in surnames
                if len(w) >= 4 and w not in given and w not in self.lex.surname_first
            )
            derived["known_long_surnames"] = known_long
        self.known_long: frozenset[str] = known_long
        self.surnames: dict[str, Person] = {}
        self.recent: list[Person] = []  # most recent last

    # --- bookkeeping -----------------------------------------------------------------------

    def person(self, name: str, start: int) -> Person:
        """The person called ``name`` (created on first sight; known people keep their data)."""
        found = self.doc.persons.get(name)
        if found is None:
            known = self.known.get(name)
            found = Person(name=name, first_start=start, known=known is not None)
            if known is not None:
                found.country = known.country_iso3
            self.doc.persons[name] = found
            for surname in _surnames(name, self.lex.surname_first):
                self.surnames.setdefault(surname, found)
        return found

    def resolve_name(self, words: list[str], start: int) -> Person:
        """The person a parsed name means: a surname alone refers back when it can."""
        name = " ".join(words)
        entries = [e for e in self.doc.gazetteer.lookup(name) if e.kind is ActorKind.PERSON]
        if entries:
            return self.person(entries[0].actor, start)
        if name in self.doc.persons:
            return self.doc.persons[name]
        if len(words) == 1:
            earlier = self.surnames.get(name)
            if earlier is not None:
                return earlier
            # some names are used by the given name ("General Prasert")
            given = [p for p in self.doc.persons.values() if p.name.split()[0] == name]
            if len(given) == 1 and len(given[0].name.split()) > 1:
                return given[0]
            known = self.known_surnames.get(name)
            if known is not None:
                return self.person(known, start)
        # a longer form of someone met by surname only ("Otieno" before "Amina Otieno")
        for surname in _surnames(name, self.lex.surname_first):
            earlier = self.doc.persons.get(surname)
            if earlier is not None and len(words) > 1:
                earlier.name = name
                self.doc.persons[name] = self.doc.persons.pop(surname)
                return earlier
        return self.person(name, start)

    def note(self, refs: list[PersonRef], ref: PersonRef) -> None:
        refs.append(ref)
        if ref.how != "title":
            ref.person.named = True
        if ref.person in self.recent:
            self.recent.remove(ref.person)
        self.recent.append(ref.person)

    # --- token helpers ---------------------------------------------------------------------

    def tok_index(self, offset: int, *, end: bool = False) -> int | None:
        """The token that starts (or ends) at ``offset``, if one does."""
        edges = self.ends if end else self.starts
        i = bisect_left(edges, offset)
        return i if i < len(edges) and edges[i] == offset else None

    def name_after(self, i: int, limit: int, mentions: dict[int, Mention]) -> tuple[int, int]:
        """The name tokens from ``i`` (exclusive end); an empty range when none start there.
        Honorifics before the name ("His Excellency", "Sheikh", "Dr") are not part of it."""
        i = self.skip_address(i, limit)
        j = i
        joined = 0  # tokens of hyphens and their second parts, not counted as name words
        while j < limit and j - i - joined < _MAX_NAME_TOKENS:
            word = self.tokens[j].text
            mention = mentions.get(j)
            if (
                mention is not None
                and mention.kind is not ActorKind.PERSON
                and not (j > i and self.place_as_surname(mention, limit))
                and not (j == i and self.state_as_given_name(mention, mentions, limit))
            ):
                break
            if j == i and word in _NAME_LIKE_PRONOUNS and self._name_follows(j + 1, limit):
                j += 1  # "Vice Premier He Lifeng": a surname, not a pronoun
                continue
            if (word in self.lex.not_names or word in self.lex.institution_words) and j == i:
                break
            if (
                is_capitalized(word)
                and word not in self.lex.not_names
                and (word not in self.lex.institution_words)
            ):
                j += 1
            elif (
                word in HYPHENS
                and j > i
                and j + 1 < limit
                and self.tokens[j].start == self.tokens[j - 1].end
                and self.tokens[j + 1].start == self.tokens[j].end
            ):
                j += 2  # Okonjo-Iweala, el-Sisi
                joined += 2
            elif (
                word in APOSTROPHES
                and j > i
                and j + 1 < limit
                and self.tokens[j].start == self.tokens[j - 1].end
                and self.tokens[j + 1].start == self.tokens[j].end
                and self.tokens[j + 1].text.isalpha()
                and self.tokens[j + 1].text != "s"
            ):
                j += 2  # O'Neill, La'auli (not a possessive "'s")
                joined += 2
            elif word == "." and j > i and _short_given(self.tokens, j, limit):
                j += 1  # an initial or a shortened given name: "S. Jaishankar", "Ma. Theresa"
            elif word in self.lex.name_particles and j > i and self.particle_goes_on(j, limit):
                j += 1
            else:
                break
        while j > i and (
            self.tokens[j - 1].text in self.lex.name_particles or self.tokens[j - 1].text in HYPHENS
        ):
            j -= 1  # a name never ends on a particle or hyphen
        return i, j

    def state_as_given_name(
        self, mention: Mention, mentions: dict[int, Mention], limit: int
    ) -> bool:
        """Whether a one-word state name right after a title is a given name ("envoy Jordan
        Mills", "Minister Israel Katz"): a surname-like word follows it."""
        k = mention.tok_end
        if mention.tok_end - mention.tok_start != 1 or k >= limit or k in mentions:
            return False
        word = self.tokens[k].text
        return (
            word.isalpha()
            and is_capitalized(word)
            and word not in self.lex.not_names
            and word not in self.lex.institution_words
            and word not in self.lex.title_words
        )

    def place_as_surname(self, mention: Mention, limit: int) -> bool:
        """Whether a one-word place or capital right after a given name is the surname ("Ana
        Lima", "Carlos Paz"): nothing capitalised follows it."""
        if mention.tok_end - mention.tok_start != 1 or mention.alias_kind not in (
            AliasKind.CAPITAL,
            AliasKind.NAME,
        ):
            return False
        if mention.kind is not ActorKind.PLACE and mention.alias_kind is not AliasKind.CAPITAL:
            return False
        k = mention.tok_end
        return k >= limit or not is_capitalized(self.tokens[k].text)

    def _name_follows(self, k: int, limit: int) -> bool:
        """Whether a capitalised name word (not a listed non-name) is at ``k``."""
        if k >= limit:
            return False
        word = self.tokens[k].text
        return is_capitalized(word) and word.isalpha() and word not in self.lex.not_names

    def particle_goes_on(self, j: int, limit: int) -> bool:
        """Whether the particle at ``j`` leads on to more of the name: "bin Salman", "von der
        Leyen", "al-Sharaa", "el-Sisi"."""
        k = j + 1
        while k < limit and self.tokens[k].text in self.lex.name_particles:
            k += 1
        if k >= limit:
            return False
        if (
            self.tokens[k].text in HYPHENS
            and k + 1 < limit
            and self.tokens[k].start == self.tokens[k - 1].end
            and self.tokens[k + 1].start == self.tokens[k].end
        ):
            k += 1
        return is_capitalized(self.tokens[k].text)

    def name_before(self, i: int, floor: int) -> tuple[int, int]:
        """Name tokens ending just before token ``i`` (for "NAME, the minister")."""
        j = i
        while j > floor and i - j < _MAX_NAME_TOKENS:
            word = self.tokens[j - 1].text
            if (
                (is_capitalized(word) and word not in self.lex.not_names)
                or (word in self.lex.name_particles and j - 1 > floor)
                or (word in HYPHENS and j - 1 > floor)
                # "Min-jun": a Korean given name's second syllable is written lower-case
                or (
                    word.isalpha()
                    and word.islower()
                    and j - 3 >= floor
                    and self.tokens[j - 2].text in HYPHENS
                    and self.tokens[j - 2].start == self.tokens[j - 3].end
                    and is_capitalized(self.tokens[j - 3].text)
                )
            ):
                j -= 1
            else:
                break
        while j < i and not is_capitalized(self.tokens[j].text):
            j += 1
        return self.skip_address(j, i), i

    def skip_address(self, i: int, limit: int) -> int:
        """The first token after honorifics at ``i`` ("His Excellency", "Sheikh", "Dr."),
        when a capitalised word follows them."""
        k = i
        while k < limit:
            word = self.tokens[k].text
            if len(word) == 1 and k + 3 < limit:
                # an abbreviation in initials ("H.E. Amina Ali"): its tokens joined
                joined = "".join(t.text for t in self.tokens[k : k + 4])
                if joined in self.lex.titles_of_address and self.tokens[k + 3].end == (
                    self.tokens[k].start + len(joined)
                ):
                    k += 4
                    continue
                break
            if word in ("His", "Her") and k + 1 < limit:
                if self.tokens[k + 1].text not in self.lex.titles_of_address:
                    break
            elif word not in self.lex.titles_of_address:
                break
            k += 1
            if k < limit and (self.tokens[k].text == "." or self.tokens[k].text in APOSTROPHES):
                k += 1  # "Dr.", "Dato'"
        if k < limit and is_capitalized(self.tokens[k].text):
            return k
        return i

    def is_institution(self, i: int, j: int) -> bool:
        """Whether capitalised words are a body's name ("Border Committee"), not a person's."""
        words = self.lex.institution_words
        if any(self.tokens[k].text in words for k in range(i, j)):
            return True
        if j < len(self.tokens) and self.tokens[j].text in words:
            return True
        # "King Salman Humanitarian Aid and Relief Centre": the name goes on after "and"
        # (the run after "and" ends on the institution word, unlike "and National Assembly
        # Chairman Tran Quoc Tuan")
        if j + 1 < len(self.tokens) and self.tokens[j].text == "and":
            k = j + 1
            while k < len(self.tokens) and k - j <= 4 and is_capitalized(self.tokens[k].text):
                k += 1
            return k > j + 1 and self.tokens[k - 1].text in words
        return False

    def words(self, i: int, j: int) -> list[str]:
        """Name words of tokens ``i:j``, re-joining hyphens and initials as written."""
        text = self.doc.text[self.tokens[i].start : self.tokens[j - 1].end]
        return text.split()

    # --- the rules -------------------------------------------------------------------------

    def run(self) -> None:
        for sentence in self.doc.sentences:
            self.sentence(sentence)

    def sentence(self, s: Sentence) -> None:
        refs: list[PersonRef] = []
        taken: set[int] = set()  # token indices already part of a person reference
        if s.index < 4 and s.text.startswith("By "):
            self.byline(s, refs, taken)
        mentions = {m.tok_start: m for m in s.mentions}
        mention_ending = {m.tok_end: m for m in s.mentions}
        hits = self.doc.find(self.lex.roles.titles, s.start, s.end)
        claimed: set[int] = set()
        for number, hit in enumerate(hits):
            if number in claimed:
                continue
            self.title(
                s,
                hit.start,
                hit.end,
                hit.label,
                hits,
                number,
                claimed,
                refs,
                taken,
                mentions,
                mention_ending,
            )
        self.counterparts(s, refs, taken, mentions, mention_ending)
        if any(head in s.text for head in _PLURAL_HEADS):
            self.plural_title(s, refs, taken, mentions)
        if "led by " in s.text:
            self.delegation_head(s, refs, taken, mentions)
        if ", who " in s.text:
            self.who_heads(s, refs, taken, mentions)
        self.named(s, refs, taken)
        if "'s " in s.text or "\u2019s " in s.text:
            self.possessive_names(s, refs, taken, mentions)
        self.surname_refs(s, refs, taken)
        s.people = sorted(refs, key=lambda r: r.start)

    def title(
        self,
        s: Sentence,
        start: int,
        end: int,
        label: str,
        hits: list[PhraseHit],
        number: int,
        claimed: set[int],
        refs: list[PersonRef],
        taken: set[int],
        mentions: dict[int, Mention],
        mention_ending: dict[int, Mention],
    ) -> None:
        first = self.tok_index(start)
        last = self.tok_index(end, end=True)
        if first is None or last is None or first in taken:
            return
        roles_before = set(s.role_mentions)
        left = self.extend_left(s, first, mention_ending)
        of, aff_start = self.affiliation(s, left, mention_ending)
        if of is None:
            # "the World Bank's regional vice president": a describing word after the owner
            k = left
            while (
                k > s.tok_start
                and left - k < 2
                and len(self.tokens[k - 1].text) > 1  # not the "s" of a possessive
                and self.tokens[k - 1].text.isalpha()
                and self.tokens[k - 1].text.islower()
                and self.tokens[k - 1].text not in _DETERMINERS
                and self.tokens[k - 1].text not in _NOT_MODIFIERS
            ):
                k -= 1
            if k < left:
                of, aff_start = self.affiliation(s, k, mention_ending)
        after, title_of = self.extend_right(s, last + 1, mentions)
        of = of or title_of or self.shared_affiliation(s, left, refs)
        after = self.portfolio_list(s, last + 1, after, mentions)
        after = self.give_back_name(s, last + 1, after, mentions)
        after = self.lower_portfolio(s, last, after, mentions)
        if of is None and after + 1 < s.tok_end and self.tokens[after].text == "of":
            mention = mentions.get(after + 1)
            if (
                mention is not None
                and mention.side is not None
                and mention.kind is not ActorKind.PLACE
            ):
                of = mention.side
                s.role_mentions.add(mention.tok_start)
                title_end = after
                after = mention.tok_end
            else:
                title_end = after
        else:
            title_end = after
        titles = [self.title_text(left, title_end)]
        # "TITLE and TITLE NAME": "Deputy Prime Minister and Defence Minister Tomasz Wierzbicki"
        while number + 1 < len(hits) and after < s.tok_end and self.tokens[after].text == "and":
            nxt = hits[number + 1]
            nxt_first = self.tok_index(nxt.start)
            nxt_last = self.tok_index(nxt.end, end=True)
            if nxt_first is None or nxt_last is None:
                break
            nxt_left = self.extend_left(s, nxt_first, mention_ending)
            if nxt_left != after + 1:
                break
            claimed.add(number + 1)
            number += 1
            after, more_of = self.extend_right(s, nxt_last + 1, mentions)
            after = self.portfolio_list(s, nxt_last + 1, after, mentions)
            of = of or more_of
            titles.append(self.title_text(nxt_left, after))
        name_from = after
        if name_from < s.tok_end and self.tokens[name_from].text == ",":
            name_from += 1
        while name_from < s.tok_end and self.tokens[name_from].text in self.lex.titles_of_address:
            name_from += 1
            if name_from < s.tok_end and (
                self.tokens[name_from].text == "." or self.tokens[name_from].text in APOSTROPHES
            ):
                name_from += 1
        i, j = self.name_after(name_from, s.tok_end, mentions)
        if j > i and self.is_institution(i, j):
            j = i
        person: Person | None = None
        ref_start = self.tokens[aff_start if aff_start is not None else left].start
        if j > i:
            person = self.resolve_name(self.words(i, j), self.tokens[i].start)
            ref_end = self.tokens[j - 1].end
            taken.update(range(i, j))
            how = "title+name"
        else:
            person, ref_start_tok = self.apposition(
                s, aff_start if aff_start is not None else left, taken
            )
            ref_end = self.tokens[after - 1].end
            if person is not None:
                ref_start = self.tokens[ref_start_tok].start
                how = "apposition"
            else:
                person = self.title_only(label, of)
                how = "title"
        if person is None:
            # no one holds the office here: "the country director of the WFP" is the WFP
            s.role_mentions.intersection_update(roles_before)
            return
        if how != "title":
            for title in titles:
                person.add_title(title, of)
        if of is not None and self.doc.gazetteer.is_state(of) and person.country is None:
            person.country = of
        if person.sentence is None:
            person.sentence = s.index
            if of is None and how == "title+name":
                partner = self.named_before_and(s, left, refs)
                if partner is not person:
                    person.compatriot = partner
        taken.update(range(left, after))
        self.note(refs, PersonRef(ref_start, ref_end, person, how))

    def named_before_and(self, s: Sentence, left: int, refs: list[PersonRef]) -> Person | None:
        """The person named just before "and TITLE NAME" ("Turkish Foreign Minister A and
        Defence Minister B", "Hadley and Defence Minister B")."""
        if left < s.tok_start + 2 or self.tokens[left - 1].text != "and":
            return None
        before = self.tokens[left - 2]
        if refs and refs[-1].how != "title" and refs[-1].end == before.end:
            return refs[-1].person
        return self.surnames.get(before.text)  # someone met before, named by surname

    def shared_affiliation(self, s: Sentence, left: int, refs: list[PersonRef]) -> str | None:
        """The state of the office held by the person named just before "and" ("Turkish
        Foreign Minister A and Defence Minister B": B is Turkish too)."""
        prev = self.named_before_and(s, left, refs)
        if prev is None or not prev.titles:
            return None
        of = prev.titles[-1][1]
        return of if of is not None and self.doc.gazetteer.is_state(of) else None

    def byline(self, s: Sentence, refs: list[PersonRef], taken: set[int]) -> None:
        """The authors a byline names ("By Amal Haddad", "By A and B"): people who report,
        for no state."""
        match = _BYLINE.match(s.text)
        if match is None:
            return
        for name in _BYLINE_SPLIT.split(match.group(1)):
            if any(w in self.lex.institution_words for w in name.split()):
                continue  # "By Amal Haddad, Nile Press": the outlet
            start = s.start + s.text.index(name)
            person = self.resolve_name(name.split(), start)
            person.add_title(_AUTHOR_TITLE, None)
            if person.sentence is None:
                person.sentence = s.index
            first = self.tok_index(start)
            last = self.tok_index(start + len(name), end=True)
            if first is not None and last is not None:
                taken.update(range(first, last + 1))
            self.note(refs, PersonRef(start, start + len(name), person, "byline"))

    def possessive_names(
        self, s: Sentence, refs: list[PersonRef], taken: set[int], mentions: dict[int, Mention]
    ) -> None:
        """A full name right after a state's possessive, with no title ("Malaysia's Anwar
        Ibrahim met Thailand's Paetongtarn Shinawatra"): a person of that state."""
        for m in s.mentions:
            if not m.possessive or m.kind is not ActorKind.STATE:
                continue
            first = m.tok_end + 2  # past "'s"
            if first >= s.tok_end or first in taken:
                continue
            i, j = self.name_after(first, s.tok_end, mentions)
            if not 2 <= j - i <= 4 or any(k in taken for k in range(i, j)):
                continue
            if (
                self.is_institution(i, j)
                or any(self.tokens[k].text in self.lex.title_words for k in range(i, j))
                or self.doc.find(
                    self.lex.roles.titles, self.tokens[i].start, self.tokens[j - 1].end
                )
            ):
                continue  # "Kenya's National Treasury", "the State Planning Commission"
            if (
                j + 1 < s.tok_end
                and self.tokens[j].text in ("and", "of", "for", "&")
                and is_capitalized(self.tokens[j + 1].text)
            ):
                continue
            if (
                j < s.tok_end
                and self.tokens[j].text[:1].isalnum()
                and is_capitalized(self.tokens[j].text)
            ):
                continue
            person = self.resolve_name(self.words(i, j), self.tokens[i].start)
            if person.country is None:
                person.country = m.actor
            if person.sentence is None:
                person.sentence = s.index
            taken.update(range(i, j))
            s.role_mentions.add(m.tok_start)
            self.note(refs, PersonRef(m.start, self.tokens[j - 1].end, person, "possessive"))

    def delegation_head(
        self, s: Sentence, refs: list[PersonRef], taken: set[int], mentions: dict[int, Mention]
    ) -> None:
        """The head of a delegation named after "led by" with no title ("a delegation from the
        IMF led by Edward Gemayel"): the head of the side the delegation comes from."""
        for match in _LED_BY.finditer(s.text):
            first = self.tok_index(s.start + match.end())
            if first is None or first in taken:
                continue
            i, j = self.name_after(first, s.tok_end, mentions)
            if j - i < 2 or self.is_institution(i, j) or any(k in taken for k in range(i, j)):
                continue
            led = s.start + s.text.rfind("led by", 0, match.end())
            before = [
                m
                for m in s.mentions
                if s.start + match.start() - 20 <= m.start < led  # "a Malian delegation"
                and m.side is not None
                and m.kind in (ActorKind.STATE, ActorKind.ORGANIZATION)
            ]
            if not before:
                continue
            side = before[-1].side
            if side is None:
                continue
            person = self.resolve_name(self.words(i, j), self.tokens[i].start)
            person.add_title(_DELEGATION_HEAD, side)
            if person.country is None and self.doc.gazetteer.is_state(side):
                person.country = side
            if person.sentence is None:
                person.sentence = s.index
            taken.update(range(i, j))
            self.note(refs, PersonRef(self.tokens[i].start, self.tokens[j - 1].end, person, "led"))

    def who_heads(
        self, s: Sentence, refs: list[PersonRef], taken: set[int], mentions: dict[int, Mention]
    ) -> None:
        """The head of a body named with "NAME, who runs/heads the BODY" (a body the
        gazetteer knows: one it does not know would be no actor to hold the office in)."""
        for match in _WHO_HEADS.finditer(s.text):
            comma = self.tok_index(s.start + match.start())
            body_at = self.tok_index(s.start + match.end())
            if comma is None or body_at is None:
                continue
            i, j = self.name_before(comma, s.tok_start)
            if j - i < 2 or self.is_institution(i, j) or any(k in taken for k in range(i, j)):
                continue
            if any(k in mentions for k in range(i, j)):
                continue
            mention = mentions.get(body_at)
            if mention is None or mention.kind is not ActorKind.ORGANIZATION:
                continue
            body = mention.actor
            person = self.resolve_name(self.words(i, j), self.tokens[i].start)
            if person.titles:
                continue
            person.add_title(_BODY_HEAD, body)
            if person.sentence is None:
                person.sentence = s.index
            taken.update(range(i, j))
            self.note(refs, PersonRef(self.tokens[i].start, self.tokens[j - 1].end, person, "who"))

    def plural_title(
        self, s: Sentence, refs: list[PersonRef], taken: set[int], mentions: dict[int, Mention]
    ) -> None:
        """Two people named after a plural title ("the foreign ministers of the two countries,
        A and B", "the two presidents, A and B"): each holds the title, for the two states in
        the order the text gives them."""
        match = _PLURAL_TITLE.search(s.text) or _PLURAL_TITLE_BARE.search(s.text)
        if match is None:
            return
        first = self.tok_index(s.start + match.end())
        if first is None or first in taken:
            return
        i, j = self.name_after(first, s.tok_end, mentions)
        own: list[str | None] = [None, None]  # "Ministers A of Peru and B of Chile"
        joint, own[0] = self.of_state(s, j, mentions)
        if j - i < 2 or joint + 1 >= s.tok_end or self.tokens[joint].text != "and":
            return
        k, m = self.name_after(joint + 1, s.tok_end, mentions)
        if m - k < 2 or self.is_institution(i, j) or self.is_institution(k, m):
            return
        _, own[1] = self.of_state(s, m, mentions)
        title = " ".join(w[:1].upper() + w[1:] for w in match.group("title").split())
        title = title[:-3] + "y" if title.endswith("ies") else title[:-1]
        states = self.state_pair(s, match)
        for number, (a, b) in enumerate(((i, j), (k, m))):
            person = self.resolve_name(self.words(a, b), self.tokens[a].start)
            state = own[number] or (states[number] if states else None)
            person.add_title(title, state)
            if state is not None and person.country is None:
                person.country = state
            if person.sentence is None:
                person.sentence = s.index
            taken.update(range(a, b))
            self.note(
                refs, PersonRef(self.tokens[a].start, self.tokens[b - 1].end, person, "plural")
            )

    def of_state(self, s: Sentence, j: int, mentions: dict[int, Mention]) -> tuple[int, str | None]:
        """Past "of STATE" right after a name ending at ``j``: where it ends, and the state."""
        if j + 1 < s.tok_end and self.tokens[j].text == "of":
            mention = mentions.get(j + 1)
            if mention is not None and mention.kind is ActorKind.STATE:
                s.role_mentions.add(mention.tok_start)
                return mention.tok_end, mention.actor
        return j, None

    def state_pair(self, s: Sentence, match: re.Match[str]) -> tuple[str, str] | None:
        """The two states a plural title is of: named in its "of" phrase, else the first two
        the article names ("of the two countries")."""
        start, end = s.start + match.start(), s.start + match.end()
        named = [
            m.actor for m in s.mentions if start <= m.start < end and m.kind is ActorKind.STATE
        ]
        if len(set(named)) != 2:
            named = []
            for other in self.doc.sentences:
                if other.dateline:
                    continue
                named += [m.actor for m in other.mentions if m.kind is ActorKind.STATE]
                if len(set(named)) >= 2:
                    break
        pair = list(dict.fromkeys(named))
        return (pair[0], pair[1]) if len(pair) >= 2 else None

    def lower_portfolio(
        self, s: Sentence, last: int, after: int, mentions: dict[int, Mention]
    ) -> int:
        """Where a title ends when its "for/of ..." is written in lower case before a comma and
        a name ("the bank's director for international operations, Carla Moura", "the head of
        Kenya's central bank, Kamau Thugge")."""
        tokens = self.tokens
        if tokens[last].text.lower() not in self.lex.roles.heads:
            return after
        if (
            after > last + 1
            and after + 1 < s.tok_end
            and tokens[after].text in APOSTROPHES
            and tokens[after + 1].text == "s"
        ):
            start = after + 2  # "head of Kenya's central bank"
        elif after == last + 1 and after < s.tok_end and tokens[after].text in ("for", "of"):
            start = after + 1
        elif after > last + 1 and after < s.tok_end and tokens[after].text.islower():
            start = after  # "the head of the IMF mission, Ana Diaz"
        else:
            return after
        k = start
        while k < s.tok_end and k - start < 5 and tokens[k].text.isalpha():
            if not tokens[k].text.islower():
                return after
            k += 1
        if k == start or k >= s.tok_end or tokens[k].text != ",":
            return after
        i, j = self.name_after(k + 1, s.tok_end, mentions)
        return k if j - i >= 2 and not self.is_institution(i, j) else after

    def portfolio_list(
        self, s: Sentence, base: int, after: int, mentions: dict[int, Mention]
    ) -> int:
        """A title whose portfolios are listed with commas: "Minister of Planning, Economic
        Development and International Cooperation"."""
        tokens, title_words = self.tokens, self.lex.title_words
        if tokens[after - 1].text not in title_words:
            return after
        while after + 1 < s.tok_end and tokens[after].text == ",":
            k = after + 1
            portfolio, other = False, False
            plain = k  # the end of the segment's first run of portfolio words ("and" between)
            while plain < s.tok_end and (
                tokens[plain].text in title_words or tokens[plain].text == "and"
            ):
                plain += 1
            # a portfolio may hold other capitalised words ("African Integration and the
            # Diaspora", "Budget and Public Portfolio", "Nationals Abroad") when it names at
            # least one portfolio word and a comma and a name follow the list
            while k < s.tok_end:
                word = tokens[k].text
                if word in title_words:
                    portfolio = True
                elif word in _LIST_LINKS and k > after + 1:
                    pass
                elif (
                    is_capitalized(word)
                    and word not in self.lex.not_names
                    and word.lower() not in self.lex.roles.heads
                ):
                    other = True
                else:
                    break
                k += 1
            if other and not (
                k + 1 < s.tok_end
                and tokens[k].text == ","
                and tokens[k - 1].text not in _LIST_LINKS
                and self._name_follows_comma(k + 1, s.tok_end, mentions)
            ):
                k = plain  # "..., Peace and Security Abdoulaye Diarra": the name follows
            if k == after + 1 or tokens[k - 1].text in _LIST_LINKS or not portfolio:
                break
            # a body named inside a portfolio ("... and La Francophonie") is no side
            s.office_targets.update(t for t in range(after + 1, k) if t in mentions)
            after = k
        return after

    def _name_follows_comma(self, k: int, limit: int, mentions: dict[int, Mention]) -> bool:
        """Whether a person's name of two words or more starts at token ``k``."""
        i, j = self.name_after(k, limit, mentions)
        return j - i >= 2 and not self.is_institution(i, j)

    def give_back_name(
        self, s: Sentence, base: int, after: int, mentions: dict[int, Mention]
    ) -> int:
        """Where a title ends when its "of/for ..." words ran into a name with no comma
        between ("Minister for Foreign Trade Claire Dumont announced"): the last two or three
        capitalised words go back to the name, if no name follows anyway."""
        if after <= base:
            return after
        if after < s.tok_end:
            i, j = self.name_after(after, s.tok_end, mentions)
            if j > i or self.tokens[after].text in ("(", "\u2019", "'"):
                return after
            if self.tokens[after].text == ",":
                i, j = self.name_after(after + 1, s.tok_end, mentions)
                if j > i and (after + 1) not in mentions:
                    return after  # "Minister of Mines and Energy, Pablo Ortega"
        # the first capitalised word after the "of/for" that names no portfolio starts the name
        k = base
        while k < after and self.tokens[k].text in ("of", "for", "to", "the", "and"):
            k += 1
        start = k
        while k < after:
            word = self.tokens[k].text
            if word in ("of", "for", "to", "the", "and") or word in self.lex.title_words:
                k += 1
            elif k in mentions and k == start:
                k = mentions[k].tok_end
            else:
                break
        if start < k < after and after - k <= 4:
            return k
        return after

    def extend_left(self, s: Sentence, first: int, mention_ending: dict[int, Mention]) -> int:
        """Qualifiers before a title: "First Deputy", "Development", "acting"."""
        left = first
        while left > s.tok_start and left not in mention_ending:
            prev = self.tokens[left - 1].text
            if prev in self.lex.not_names or prev in self.lex.titles_of_address:
                break
            if left - 1 == s.tok_start and not is_capitalized(prev):
                break
            if (
                is_capitalized(prev)
                or self.lex.roles.office_modifiers.label(prev)
                or prev.lower() in ("acting", "interim", "caretaker", "deputy", "vice")
            ):
                left -= 1
            else:
                break
        return left

    def extend_right(
        self, s: Sentence, after: int, mentions: dict[int, Mention]
    ) -> tuple[int, str | None]:
        """Words after a head noun that belong to the title ("of Mines and Energy", "for
        Somalia"), and the body an "of"/"for" phrase names as the title's owner."""
        # "Minister of Health and Social Welfare": a listed title going on with "and ..."
        if (
            after + 1 < s.tok_end
            and self.tokens[after].text == "and"
            and self.tokens[after - 1].text.lower() not in self.lex.roles.heads
        ):
            k = after + 1
            while (
                k < s.tok_end
                and is_capitalized(self.tokens[k].text)
                and k not in mentions
                and self.tokens[k].text not in self.lex.not_names
            ):
                k += 1
            if k > after + 1:
                after = k
        while after + 1 < s.tok_end and self.tokens[after].text in ("of", "for", "to", "in"):
            prep = self.tokens[after].text
            j = after + 1
            if self.tokens[j].text == "the" and j + 1 < s.tok_end:
                j += 1
            mention = mentions.get(j)
            if mention is None and prep == "of":
                # "of the regional bloc IGAD": the body after a lower-case description of it
                k = j
                while (
                    k < min(s.tok_end, j + 3)
                    and self.tokens[k].text.isalpha()
                    and (self.tokens[k].text.islower())
                ):
                    k += 1
                named = mentions.get(k) if k > j else None
                if named is not None and named.kind is ActorKind.ORGANIZATION:
                    mention, j = named, k
            if prep == "in" and (
                self.tokens[after - 1].text.lower() not in self.lex.roles.heads
                or mention is None
                or mention.kind is not ActorKind.STATE
                or mention.alias_kind is not AliasKind.NAME
                or mention.tok_end >= s.tok_end
                or self.tokens[mention.tok_end].text != ","
            ):
                break  # only "the agency's representative in Chad, NAME": a posting
            continues = (
                mention is not None
                and mention.tok_end < s.tok_end
                and is_capitalized(self.tokens[mention.tok_end].text)
                and mention.tok_end not in mentions
                # "President of the IsDB Group": the body itself
                and not (
                    mention.kind is not ActorKind.STATE
                    and self.tokens[mention.tok_end].text in _BODY_SUFFIXES
                )
            )
            if continues and mention is not None and mention.kind is ActorKind.STATE:
                # "Minister of Foreign Affairs of Viet Nam Bui Thanh Son": a name follows
                ni, nj = self.name_after(mention.tok_end, s.tok_end, mentions)
                if nj - ni >= 2 and not self.is_institution(ni, nj):
                    continues = False
            if (
                mention is not None
                and mention.kind is ActorKind.GROUP
                and prep == "of"
                and not continues
            ):
                # "the chair of the Paris Club", "the leader of Hamas": the group's office
                s.role_mentions.add(mention.tok_start)
                return mention.tok_end, mention.actor
            if (
                mention is not None
                and mention.side is not None
                and mention.kind is not ActorKind.PLACE
                and not continues
            ):
                is_org = mention.kind is not ActorKind.STATE
                if prep == "of" or (prep == "for" and is_org):
                    s.role_mentions.add(mention.tok_start)
                    end = mention.tok_end
                    if is_org and end < s.tok_end and self.tokens[end].text in _BODY_SUFFIXES:
                        end += 1
                    posted = mentions.get(end + 1) if end + 1 < s.tok_end else None
                    if (
                        not is_org
                        and self.tokens[end].text == "to"
                        and posted is not None
                        and posted.kind is ActorKind.STATE
                    ):
                        # "the Ambassador of Japan to Tanzania, NAME": where the post is
                        s.office_targets.add(posted.tok_start)
                        end = posted.tok_end
                    return end, mention.side
                after = mention.tok_end  # "Envoy for Somalia", "Ambassador to Jordan"
                s.office_targets.add(mention.tok_start)  # part of the title, not a side
                if after + 1 < s.tok_end and self.tokens[after].text == "and":
                    nxt = mentions.get(after + 1)
                    if nxt is not None and nxt.kind is ActorKind.STATE:
                        after = nxt.tok_end
                        s.office_targets.add(nxt.tok_start)
                continue
            k = j
            while k < s.tok_end:
                word = self.tokens[k].text
                inside = mentions.get(k)
                if inside is not None and (
                    inside.kind is ActorKind.PLACE or (k == j and continues)
                ):
                    k = inside.tok_end
                elif (
                    word in HYPHENS
                    and k > j
                    and k + 1 < s.tok_end
                    and self.tokens[k].start == self.tokens[k - 1].end
                    and is_capitalized(self.tokens[k + 1].text)
                ):
                    k += 2  # a hyphenated name inside the run: "Al-Saadi"
                elif (
                    is_capitalized(word) and word not in self.lex.not_names and k not in mentions
                ) or (
                    word == "and"
                    and k > j
                    and k + 1 < s.tok_end
                    and is_capitalized(self.tokens[k + 1].text)
                ):
                    k += 1
                elif (
                    word == "and"
                    and k > j
                    and k + 3 < s.tok_end
                    and self.tokens[k + 1].text == "the"
                    and self.tokens[k + 2].text in self.lex.title_words
                    and self.tokens[k + 3].text in (",", "(")
                ):
                    k += 3  # "Minister for Trade and the Pacific, NAME"
                else:
                    break
            if k == j:
                break
            after = k
        return after, None

    def title_text(self, left: int, after: int) -> str:
        """The title as written, capitalised like a title."""
        words = self.doc.text[self.tokens[left].start : self.tokens[after - 1].end].split()
        small = {"of", "for", "to", "and", "the", "in"}
        return " ".join(
            w if w in small or not w[:1].islower() else w[:1].upper() + w[1:] for w in words
        )

    def affiliation(
        self, s: Sentence, left: int, mention_ending: dict[int, Mention]
    ) -> tuple[str | None, int | None]:
        """The state or body whose office a title is, from the words just before it."""
        mention = mention_ending.get(left)
        if (
            mention is None
            and left - 2 >= s.tok_start
            and self.tokens[left - 1].text == "s"
            and self.tokens[left - 2].text in APOSTROPHES
        ):
            mention = mention_ending.get(left - 2)  # a possessive: "Kenya's Finance Minister"
        if mention is None:
            mention = self.affiliation_across(s, left, mention_ending)
        if mention is None or mention.side is None:
            return None, None
        s.role_mentions.add(mention.tok_start)
        return mention.side, mention.tok_start

    def affiliation_across(
        self, s: Sentence, left: int, mention_ending: dict[int, Mention]
    ) -> Mention | None:
        """A state's possessive or a body's name a few lower-case words before a title ("the
        European Union's foreign policy chief", "the U.N. humanitarian chief")."""
        k = left
        while (
            k > s.tok_start
            and left - k < 3
            and self.tokens[k - 1].text.isalpha()
            and self.tokens[k - 1].text.islower()
            and self.tokens[k - 1].text not in _DETERMINERS
            and self.tokens[k - 1].text not in _NOT_MODIFIERS
            and not self.tokens[k - 1].text.endswith("ed")
        ):
            k -= 1
        if k == left:
            return None
        mention = mention_ending.get(k)
        if mention is not None and mention.kind is ActorKind.ORGANIZATION:
            return mention
        if (
            k - 2 >= s.tok_start
            and self.tokens[k - 1].text == "s"
            and self.tokens[k - 2].text in APOSTROPHES
        ):
            return mention_ending.get(k - 2)
        return None

    def _determiner_before(self, left: int, s: Sentence) -> bool:
        return left > s.tok_start and self.tokens[left - 1].text.lower() in _DETERMINERS

    def apposition(self, s: Sentence, left: int, taken: set[int]) -> tuple[Person | None, int]:
        """The person named just before ", [the] [modifiers] TITLE", if any ("X, an energy
        economist at ..."); not a name a title before it already took ("met Finance Minister
        X, the Governor of the central bank, and ...": a list of office holders)."""
        k = left
        steps = 0
        while (
            k > s.tok_start
            and steps < 3
            and self.tokens[k - 1].text.isalpha()
            and self.tokens[k - 1].text.islower()
            and self.tokens[k - 1].text not in _DETERMINERS
            and self.tokens[k - 1].text not in _NOT_MODIFIERS
        ):
            k -= 1
            steps += 1
        if k > s.tok_start and self.tokens[k - 1].text.lower() in _DETERMINERS:
            k -= 1
        elif steps:
            return None, left  # lower-case words before a title need "a" or "the" before them
        if k <= s.tok_start or self.tokens[k - 1].text != ",":
            return None, left
        i, j = self.name_before(k - 1, s.tok_start)
        if j - i < 1 or (j - 1) in taken:
            return None, left
        if self.is_institution(i, j):
            return None, left  # "According to the Communications Office, the President ..."
        words = self.words(i, j)
        if (
            len(words) == 1
            and words[0] not in self.surnames
            and words[0] not in self.known_surnames
        ):
            return None, left
        return self.resolve_name(words, self.tokens[i].start), i

    def title_only(self, wanted: str, of: str | None) -> Person | None:
        """The person a bare title ("the minister", "the Kenyan prime minister") refers to."""
        head = _head(wanted, self.lex.roles.heads)
        bare = (
            wanted.lower() == head
        )  # "the minister" may be any minister, "the prime minister" not
        for person in reversed(self.recent):
            for title, title_of in person.titles:
                same_office = (
                    title == wanted
                    or (bare and _head(title, self.lex.roles.heads) == head)
                    # "the Vietnamese leader": the head of state or government of that state
                    or (wanted == "Leader" and of is not None and _is_leader(title, self.lex))
                )
                if same_office and (of is None or title_of in (None, of) or person.country == of):
                    return person
        if of is not None:
            for known in self.known.values():
                if known.role_title == wanted and of in (known.country_iso3, known.role_of):
                    return self.person(known.name, 0)
        return None

    def counterparts(
        self,
        s: Sentence,
        refs: list[PersonRef],
        taken: set[int],
        mentions: dict[int, Mention],
        mention_ending: dict[int, Mention],
    ) -> None:
        if "ounterpart" not in s.text:
            return
        for k in range(s.tok_start, s.tok_end):
            if self.tokens[k].text.lower() not in _COUNTERPARTS or k in taken:
                continue
            roles_before = set(s.role_mentions)
            of, aff_start = self.affiliation(s, k, mention_ending)
            name_from = k + 1
            if name_from < s.tok_end and self.tokens[name_from].text == ",":
                name_from += 1
            i, j = self.name_after(name_from, s.tok_end, mentions)
            if j <= i:
                # "with their Latvian counterpart": no one named, the state stays a side
                s.role_mentions.intersection_update(roles_before)
                continue
            person = self.resolve_name(self.words(i, j), self.tokens[i].start)
            before = [r for r in refs if r.start < self.tokens[k].start and r.person is not person]
            model = before[-1].person if before else self._last_titled(person)
            if model is not None and model.titles:
                person.add_title(model.titles[0][0], of)
            if of is not None and self.doc.gazetteer.is_state(of) and person.country is None:
                person.country = of
            taken.update(range(k, j))
            start = self.tokens[aff_start if aff_start is not None else k].start
            self.note(refs, PersonRef(start, self.tokens[j - 1].end, person, "counterpart"))

    def _last_titled(self, besides: Person) -> Person | None:
        for person in reversed(self.recent):
            if person is not besides and person.titles:
                return person
        return None

    def named(self, s: Sentence, refs: list[PersonRef], taken: set[int]) -> None:
        """Known people named in full (gazetteer person entries)."""
        for m in s.mentions:
            if m.kind is not ActorKind.PERSON or m.tok_start in taken:
                continue
            person = self.person(m.actor, m.start)
            taken.update(range(m.tok_start, m.tok_end))
            self.note(refs, PersonRef(m.start, m.end, person, "name"))

    def given_names(self) -> dict[str, Person]:
        """First names that name exactly one person met so far and no one's surname: some
        people are called by the given name ("Thongsing" for Thongsing Vong, "Prabowo")."""
        seen: dict[str, list[Person]] = {}
        for person in self.doc.persons.values():
            words = person.name.split()
            if len(words) >= 2 and person.named:
                seen.setdefault(words[0], []).append(person)
        return {
            first: people[0]
            for first, people in seen.items()
            if len(people) == 1
            and len(first) >= 3
            and first.isalpha()
            and first not in self.surnames
            and first not in self.lex.not_names
            and first not in self.lex.title_words
        }

    def surname_refs(self, s: Sentence, refs: list[PersonRef], taken: set[int]) -> None:
        """Surnames of people already met, alone or after Mr/Ms/Dr; a hyphenated surname
        ("Al-Saadi") is read whole."""
        tokens = self.tokens
        words = self.doc.words
        opening = self.tokens[s.tok_start].text if s.tok_start < s.tok_end else ""
        given = (
            self.given_names()
            if opening[:1].isupper()
            and any(p.name.startswith(opening + " ") for p in self.doc.persons.values())
            else {}
        )
        if words:
            here = set(words[s.tok_start : s.tok_end])
            if (
                here.isdisjoint(self.known_long)
                and here.isdisjoint(given)
                and here.isdisjoint(name.split("-")[0] for name in self.surnames)
            ):
                return
        k = s.tok_start
        while k < s.tok_end:
            if k in taken:
                k += 1
                continue
            word = tokens[k].text
            last = k
            while (
                last + 2 < s.tok_end
                and tokens[last + 1].text in HYPHENS
                and tokens[last + 1].start == tokens[last].end
                and tokens[last + 2].start == tokens[last + 1].end
            ):
                last += 2
            if last > k:
                word = self.doc.text[tokens[k].start : tokens[last].end]
            person = self.surnames.get(word)
            if person is None and k == s.tok_start:
                person = given.get(word)  # "Thongsing said ...": a subject, by the given name
            if (
                person is None
                and word in self.known_long
                and (k == s.tok_start or not is_capitalized(tokens[k - 1].text))
            ):
                # a well-known leader by surname alone ("Putin discussed Ukraine with ...")
                person = self.person(self.known_surnames[word], tokens[k].start)
            if person is None or not is_capitalized(word):
                k = last + 1
                continue
            # not the first word of a longer unknown name
            nxt = last + 1
            if (
                nxt < s.tok_end
                and is_capitalized(tokens[nxt].text)
                and (
                    tokens[nxt].text not in self.lex.not_names
                    and nxt not in taken
                    and tokens[nxt].text not in self.surnames
                )
            ):
                k = last + 1
                continue
            start = tokens[k].start
            prev = k - 1
            if prev >= s.tok_start and tokens[prev].text == ".":
                prev -= 1
            if prev >= s.tok_start and tokens[prev].text in self.lex.titles_of_address:
                start = tokens[prev].start
            taken.update(range(k, last + 1))
            self.note(refs, PersonRef(start, tokens[last].end, person, "surname"))
            k = last + 1


def _short_given(tokens: list[Token], j: int, limit: int) -> bool:
    """Whether the full stop at ``j`` shortens a name: an initial ("S."), or a short given
    name written with a stop ("Ma.", "Md.") with another name word right after it."""
    prev = tokens[j - 1].text
    if len(prev) == 1:
        return True
    return (
        len(prev) <= 4
        and prev.isalpha()
        and is_capitalized(prev)
        and tokens[j].start == tokens[j - 1].end
        and j + 1 < limit
        and is_capitalized(tokens[j + 1].text)
    )


def _is_leader(title: str, lex: Lexicon) -> bool:
    """Whether a recorded title is a head of state's or government's ("Prime Minister")."""
    return any(title.endswith(t) for t in lex.roles.leader_titles)


def _head(title: str, heads: frozenset[str]) -> str:
    """The head noun of a title ("minister" in "Minister of Mines and Energy")."""
    words = title.lower().split()
    for word in reversed(words):
        if word in heads:
            return word
    return words[-1] if words else ""


def _surnames(name: str, surname_first: frozenset[str]) -> list[str]:
    """The words a later text may use alone for this person."""
    words = name.replace(".", " ").split()
    words = [w for w in words if w not in {"Jr", "Sr", "II", "III", "IV"}]
    if not words:
        return []
    found = [words[-1]]
    head, dash, rest = words[-1].partition("-")
    if dash and head.islower() and rest[:1].isupper():
        found.append(rest)  # "el-Sisi" is also "Sisi"
    if len(words) >= 2 and words[0] in surname_first:
        found.insert(0, words[0])
    return found


def _unique_surnames(
    people: Iterable[KnownPerson], surname_first: frozenset[str]
) -> dict[str, str]:
    """Surnames (and one-word aliases) of known people that name exactly one of them."""
    seen: dict[str, set[str]] = {}
    for person in people:
        forms = _surnames(person.name, surname_first)
        forms += [a for a in person.aliases if len(a.split()) == 1]
        for form in forms:
            if len(form) >= 3:
                seen.setdefault(form, set()).add(person.name)
    return {form: next(iter(names)) for form, names in seen.items() if len(names) == 1}


def find_people(doc: Document) -> None:
    """Fill ``doc.persons`` and each sentence's ``people`` references."""
    _PeopleFinder(doc).run()
    _settle_countries(doc)


def _settle_countries(doc: Document) -> None:
    """Give every person a country: from their office, a known person, or the state the
    sentence that introduces them names (the nearest one that is not a place or someone
    else's office); failing that, the state the article names most that nobody else holds.
    An office in an international body whose body the text leaves out is in the first such
    body the article names before the person ("the Under-Secretary-General" of the UN)."""
    for person in doc.persons.values():
        if (
            person.titles
            and all(of is None for _, of in person.titles)
            and any(_is_body_title(t, doc) for t, _ in person.titles)
        ):
            body = _first_body(doc, person.first_start)
            if body is not None:
                person.titles = [(t, body) for t, _ in person.titles]
        if person.titles and all(of is None for _, of in person.titles):
            # "Commission spokesperson X" after "the European Commission": that body's officer
            bodies = [body_in_title(doc, t) for t, _ in person.titles]
            body = next((b for b in bodies if b is not None), None)
            if body is not None and _organization_country(doc, body) is None:
                person.titles = [(t, body) for t, _ in person.titles]
        if person.country is None:
            for _, of in person.titles:
                if of is not None and doc.gazetteer.is_state(of):
                    person.country = of
                    break
        if person.country is None:
            for _, of in person.titles:
                home = _organization_country(doc, of)
                if home is not None:
                    person.country = home  # an official of a national body ("Gazprom")
                    break
        if person.country is None:
            known = doc.gazetteer.people.get(person.name)
            if known is not None:
                person.country = known.country_iso3
        if person.country is None and person.compatriot is not None:
            person.country = person.compatriot.country
        if (
            person.country is None
            and not any(of for _, of in person.titles)
            and not any(_is_body_title(t, doc) for t, _ in person.titles)
        ):
            expert = bool(person.titles) and all(_is_expert(t, doc) for t, _ in person.titles)
            person.country = _country_from_context(doc, person, sentence_only=expert)
        fixed = []
        for title, of in person.titles:
            fixed.append((title, of if of is not None else person.country))
        person.titles = fixed


def body_in_title(doc: Document, title: str) -> str | None:
    """The organisation the article names that a short name inside a title stands for
    ("Eximbank Chairman" after "South Korea's Export-Import Bank": the last word of an alias
    of that bank, "Korea Eximbank")."""
    heads = doc.lexicon.roles.heads
    before_head: list[str] = []
    for w in title.split():
        if w.lower() in heads:
            break  # not a portfolio after it: "Minister of ... and La Francophonie"
        before_head.append(w)
    words = [w for w in before_head if w[:1].isupper() and w not in doc.lexicon.title_words]
    if not words:
        return None
    tails = _alias_tails(doc)
    words = [w for w in words if w in tails]
    if not words:
        return None
    named = {m.actor for s in doc.sentences for m in s.mentions if m.kind is ActorKind.ORGANIZATION}
    for word in words:
        found = [actor for actor in tails[word] if actor in named]
        if len(found) == 1:
            return found[0]
    return None


def _alias_tails(doc: Document) -> dict[str, set[str]]:
    """The last word of each organisation alias of two or more words, to the organisations."""
    derived = doc.gazetteer.derived
    cached = derived.get("organization_alias_tails")
    if isinstance(cached, dict):
        return cached
    tails: dict[str, set[str]] = {}
    for entry in doc.gazetteer:
        words = entry.alias.split()
        if entry.kind is ActorKind.ORGANIZATION and len(words) >= 2:
            tails.setdefault(words[-1], set()).add(entry.actor)
    derived["organization_alias_tails"] = tails
    return tails


def _organization_country(doc: Document, name: str | None) -> str | None:
    """The state an organisation belongs to, if it is a national one."""
    if name is None:
        return None
    defined = doc.defined.get(name)
    if defined is not None:
        return defined.country_iso3
    return doc.gazetteer.organization_country.get(name)


def _first_body(doc: Document, before: int) -> str | None:
    """The first international organisation the text names before an offset."""
    for s in doc.sentences:
        if s.start >= before:
            break
        for m in s.mentions:
            if m.start >= before:
                break
            if m.kind is ActorKind.ORGANIZATION and _organization_country(doc, m.actor) is None:
                return m.actor
    return None


def _is_expert(title: str, doc: Document) -> bool:
    """Whether a title is a commentator's ("Senior Researcher"), not an office."""
    return _head(title, doc.lexicon.roles.expert_titles) in doc.lexicon.roles.expert_titles


def _is_body_title(title: str, doc: Document) -> bool:
    """Whether a title is held in an international body, so no state is guessed for it."""
    lowered = title.lower()
    return any(t in lowered for t in doc.lexicon.roles.body_titles)


_NOT_ACTING = frozenset(
    {
        "in",
        "at",
        "to",
        "from",
        "near",
        "outside",
        "inside",
        "via",
        "across",
        "help",
        "helps",
        "with",
        "against",
        # what was discussed is no one's country: "discussed Ukraine", "talks on Syria"
        "discussed",
        "discuss",
        "discussing",
        "on",
        "about",
        "over",
        "regarding",
        "concerning",
    }
)


_COUNTERPART_AFTER = re.compile(r"\s+counterparts?\b")
_OTHERS_NOUN = re.compile(
    r"\s+(?:officials?|diplomats?|sources|negotiators|media|press|newspapers?|daily|"
    r"outlets?|broadcaster|agency|embassy|envoys?)\b"
)
_QUOTED_SPAN = re.compile(r"[\u201c\"][^\u201d\"]*[\u201d\"]")
_VISIT_TO = re.compile(r"\b(?:visit|trip|tour|travel|travelled|traveled)\s+to\s+(?:the\s+)?$")
_DATELINE_CITY = re.compile(r"\s*([A-Z][A-Z'\u2019. -]{2,30}?)\s*[,(\u2013-]")
_POSSESSOR = re.compile(r"([A-Z][\w-]+)['\u2019]s\s+(?:[\w-]+,?\s+){0,3}$")


def _possessor_country(doc: Document, person: Person) -> str | None:
    """The country of the person whose aide this is ("NAME's spokesman, X")."""
    window = doc.text[max(0, person.first_start - 60) : person.first_start]
    match = _POSSESSOR.search(window)
    if match is None:
        return None
    for other in doc.persons.values():
        if other is not person and other.country and other.name.split()[-1] == match.group(1):
            return other.country
    return None


def _dateline_country(doc: Document, others: set[str | None]) -> str | None:
    """The state of the place a dateline names, unless someone else here holds it."""
    for s in doc.sentences:
        if s.dateline:
            places = [
                m for m in s.mentions if m.entry.country_iso3 and m.entry.country_iso3 not in others
            ]
            if places:
                return places[0].entry.country_iso3
            city = _DATELINE_CITY.match(s.text)
            if city is not None and not s.mentions:
                # "HANOI, March 5 (AFP) -": a place in capitals the index did not match
                for entry in doc.gazetteer.lookup(city.group(1).title()):
                    if entry.country_iso3 and entry.country_iso3 not in others:
                        return entry.country_iso3
    return None


def _host_country(doc: Document) -> str | None:
    """The state the article's first visit goes to ("paid an official visit to Viet Nam")."""
    for s in doc.sentences:
        for m in s.mentions:
            if m.kind is ActorKind.STATE and _VISIT_TO.search(
                doc.text, max(s.start, m.start - 30), m.start
            ):
                return m.actor
    return None


def _after_place_in(doc: Document, s: Sentence, m: Mention) -> bool:
    """Whether a state follows "in PLACE," ("in Cox's Bazar, Bangladesh"): a location."""
    k = m.tok_start - 2  # the last word before the comma
    steps = 0
    while k >= s.tok_start and steps < 4:
        word = doc.tokens[k].text
        if not (is_capitalized(word) or word in APOSTROPHES or word == "s"):
            break
        k -= 1
        steps += 1
    return steps > 0 and k >= s.tok_start and doc.tokens[k].text.lower() in _NOT_ACTING


def _domestic_country(doc: Document) -> str | None:
    """The state a story is about when its states and places name one state at least three
    times as often as any other (a State government's budget, a province's floods)."""
    counts: dict[str, int] = {}
    for s in doc.sentences:
        names = [(r.start, r.end) for r in s.people]
        for m in s.mentions:
            if any(a <= m.start < b for a, b in names):
                continue
            code = m.actor if m.kind is ActorKind.STATE else None
            if m.kind is ActorKind.PLACE and m.entry.country_iso3:
                code = m.entry.country_iso3
            if code is not None:
                counts[code] = counts.get(code, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < 3 or (len(ranked) > 1 and ranked[0] < 3 * ranked[1]):
        return None
    return max(counts, key=lambda code: counts[code])


def _country_from_context(
    doc: Document, person: Person, *, sentence_only: bool = False
) -> str | None:
    own = _possessor_country(doc, person)
    if own is not None:
        return own
    taken = {p.country for p in doc.persons.values() if p is not person and p.country}
    # someone named in the same sentence as a person of state X is usually from elsewhere
    others: set[str | None] = set()
    if person.sentence is not None:
        s = doc.sentences[person.sentence]
        others = {r.person.country for r in s.people if r.person is not person}
        at = next((r.start for r in s.people if r.person is person), s.start)
        candidates: list[tuple[int, str]] = []
        name_words = {w for r in s.people for w in r.person.name.split()}
        quoted = [q.span() for q in _QUOTED_SPAN.finditer(doc.text, s.start, s.end)]
        # "X ... with her Indonesian counterpart": the counterpart's state is the other one
        others |= {
            m.actor
            for m in s.mentions
            if m.kind is ActorKind.STATE and _COUNTERPART_AFTER.match(doc.text, m.end)
        }
        for m in s.mentions:
            if m.text in name_words:
                continue  # "Minister Israel Katz": part of a name
            if _OTHERS_NOUN.match(doc.text, m.end):
                continue  # "U.S. officials noted", "a Hong Kong newspaper": someone else's
            if sentence_only and any(a < m.start < b for a, b in quoted):
                continue  # '"Cairo sees Sudan as ...," said X': what X speaks of, not X's state
            if sentence_only and m.kind is ActorKind.PLACE and m.entry.country_iso3:
                # "a scholar at the University of Malaya": the university's country
                candidates.append((abs(m.start - at), m.entry.country_iso3))
                continue
            if m.kind is not ActorKind.STATE or m.tok_start in s.role_mentions:
                continue
            if sentence_only and m.alias_kind is AliasKind.CAPITAL:
                continue  # "a researcher at a Tunis think tank": where the institute is
            prev = doc.tokens[m.tok_start - 1].text.lower() if m.tok_start > s.tok_start else ""
            if prev in _NOT_ACTING:
                continue
            if prev == "," and _after_place_in(doc, s, m):
                continue  # "for refugees in Cox's Bazar, Bangladesh": where, not whose
            candidates.append((abs(m.start - at), m.actor))
        candidates = [c for c in candidates if c[1] not in others]
        if candidates:
            return min(candidates)[1]
        if sentence_only:
            return None
        home = _dateline_country(doc, others)
        if home is not None and person.titles:
            return home  # "X, the treasurer," in copy filed from the capital: that state's
        if person.sentence > 0:
            before = doc.sentences[person.sentence - 1]
            states = [
                m.actor
                for m in before.mentions
                if m.kind is ActorKind.STATE and not before.dateline and m.actor not in others
            ]
            if states:
                return states[-1]
    home = _dateline_country(doc, others)
    if home is not None:
        return home
    home = _dateline_country(doc, set()) or _host_country(doc)
    if home is not None and person.titles:
        # an office holder met alongside a compatriot ("also met Prime Minister A and National
        # Assembly Chairman B") in copy filed from their capital, or in the state visited
        return home
    home = _domestic_country(doc)
    if home is not None and person.titles:
        return home  # an office holder in a story about one state's own places
    counts: dict[str, int] = {}
    for s in doc.sentences:
        names = [(r.start, r.end) for r in s.people]
        for m in s.mentions:
            if any(a <= m.start < b for a, b in names):
                continue  # "Sofia Andersson": a given name, not Bulgaria's capital
            if m.kind is ActorKind.STATE and m.actor not in taken:
                counts[m.actor] = counts.get(m.actor, 0) + 1
    if not counts:
        for s in doc.sentences:
            for m in s.mentions:
                if m.kind is ActorKind.STATE:
                    counts[m.actor] = counts.get(m.actor, 0) + 1
    if counts:
        return max(counts, key=lambda code: counts[code])
    return None
