"""Role nouns inside compounds, for languages that write them as one word (German).

"Vizeaußenminister", "Vize-Außenminister" and "Spitzendiplomaten" are role nouns although no
word list can hold every compound: the last element decides ("…minister", "…diplomaten").
A descriptor word is expanded with the role nouns it ends in, so that "der Vizeminister" and
"Lunarias Vizeaußenminister" share "minister" and resolve to the same person.  Without
``capitalised_nouns`` a role noun is only a listed word.  Cost: O(length of the word) lookups.
"""

from __future__ import annotations

from quotecheck.lang.schema import LanguageData

__all__ = ["MIN_ROLE", "expand_descriptors", "role_head", "role_heads"]

MIN_ROLE = 4
"""The shortest role noun recognised at the end of a compound ("chef" in "Regierungschef")."""


def role_heads(word: str, lang: LanguageData) -> list[str]:
    """Every role noun of ``lang`` that ``word`` (lower case) is or ends in, longest first,
    with the base form of an inflected one ("diplomaten" → also "diplomat":
    :meth:`~quotecheck.lang.schema.LanguageData.role_bases`)."""
    if word in lang.role_nouns and not lang.capitalised_nouns:
        return [word]
    if not lang.capitalised_nouns:
        return []
    last = word.rsplit("-", 1)[-1]
    found = [last[k:] for k in range(len(last) - MIN_ROLE + 1) if last[k:] in lang.role_nouns]
    if word in lang.role_nouns and word not in found:
        found.insert(0, word)
    bases = [base for head in found for base in lang.role_bases(head)]
    return list(dict.fromkeys(found + bases))


def role_head(word: str, lang: LanguageData) -> str | None:
    """The longest role noun ``word`` is or ends in, or None."""
    heads = role_heads(word, lang)
    return heads[0] if heads else None


def expand_descriptors(words: set[str], lang: LanguageData) -> set[str]:
    """``words`` with the role nouns their compounds end in."""
    out = set(words)
    for w in words:
        out.update(role_heads(w, lang))
    return out
