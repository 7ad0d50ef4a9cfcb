"""What a question leaves out of its answer must not be all the answer offers. Pure.

"Besides the Shahed drones, what other weapons has Iran sent to Russia?" leaves the drones
out of what it asks for; the sentence nearest to it tells of the drones alone ("Iran has
already provided Russia with self-detonating “Shahed” drones, which …"), so it does not
answer. "Besides trade and military cooperation, which other areas does it cover?" is
answered by "… covers areas from trade and military cooperation to science, culture and
education": there what is left out stands in a list with more. A sentence that names what
is left out only on its own, with no "and", "or" or list comma beside it, offers nothing
else (`offers_only`).
"""

from __future__ import annotations

import re

from qa.terms import terms

_TOKEN = re.compile(r"[\w’'-]+")
# Words beside what is left out that join it to more of its kind.
_JOINED = re.compile(r"\b(?:and|or|as\s+well\s+as|along\s+with|plus|nor)\b", re.I)
# A comma after it that opens a clause about it rather than the next item of a list.
_LIST_COMMA = re.compile(
    r"^[^\w]*,\s*(?!(?:which|who|whom|whose|where|when|that|according|citing|a|an|the|in|on|"
    r"at|after|before|said|says|sparking|deepening)\b)\w",
    re.I,
)
# How many words either side are read for the words that join it to more.
NEAR = 4


def offers_only(left_out: str, sentence: str) -> bool:
    """Whether the sentence names what a question leaves out ("the Shahed drones"; its
    first words, before any comma that says who or what it is) and only on its own, never
    beside more of its kind."""
    core = terms(left_out.split(",")[0])
    wanted = set(core)
    tokens = list(_TOKEN.finditer(sentence))
    stems = [terms(t.group(0)) for t in tokens]
    found = [i for i, s in enumerate(stems) if s and s[0] in wanted]
    if not wanted or {stems[i][0] for i in found} != wanted:
        return False
    head = core[-1]
    for end in (i for i in found if stems[i][0] == head):
        start = min(i for i in found if end - NEAR - 2 <= i <= end)
        before = sentence[tokens[max(0, start - NEAR)].start() : tokens[start].start()]
        after = sentence[tokens[end].end() : tokens[min(len(tokens) - 1, end + NEAR)].end()]
        if (
            _JOINED.search(before)
            or _JOINED.search(after)
            or _LIST_COMMA.match(after)
            or before.rstrip().endswith(",")
        ):
            return False
    return True
