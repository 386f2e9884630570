"""Data entente ships: reference lists, the seed article and its curated facts."""
