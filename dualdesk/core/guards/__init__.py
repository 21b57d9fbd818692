"""Pre-post guards: pure functions from a draft and its context to findings."""

from dualdesk.core.guards.context import GuardSettings, HistoryPost, ReviewContext
from dualdesk.core.guards.paste import check_paste
from dualdesk.core.guards.review import review

__all__ = ["GuardSettings", "HistoryPost", "ReviewContext", "check_paste", "review"]
