"""Waking the sender when posts are due (APScheduler 3, in a background thread).

The outbox table is the source of truth: jobs live only in memory and are
rebuilt from it at start and on every sweep. Each queued post due within
the horizon has a one-shot job at its planned time (job id = post id);
posts further out get theirs from a later sweep, so a long queue costs
few jobs and start-up stays fast. A periodic sweep also sends whatever is
due, so nothing depends on a single timer firing, and it picks up posts
another process (`dualdesk post`) queued meanwhile.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from datetime import UTC, datetime, timedelta

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.base import JobLookupError
from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.schedulers.background import BackgroundScheduler

from dualdesk.core.ports import Clock
from dualdesk.core.posts import Post, PostState
from dualdesk.services.send_recovery import StartupReport
from dualdesk.services.sender import Sender

log = logging.getLogger(__name__)

SWEEP_JOB = "outbox-sweep"
DEFAULT_HORIZON = timedelta(hours=1)


def wake(target: OutboxScheduler) -> None:
    """The job every wake-up runs: module-level so APScheduler can refer to it."""
    target.wake()


class OutboxScheduler:
    """Runs a Sender on time, in a BackgroundScheduler thread.

    Only run it while holding the data directory's SenderLock.
    """

    def __init__(
        self,
        sender: Sender,
        clock: Clock,
        *,
        sweep_seconds: float = 30,
        horizon: timedelta = DEFAULT_HORIZON,
    ) -> None:
        """Build the scheduler (nothing runs until `start`).

        Args:
            sender: what sends due posts.
            clock: the time.
            sweep_seconds: how often to send whatever is due regardless of
                per-post timers, and to pick up posts queued elsewhere.
            horizon: posts due within this get a timer of their own; it is
                kept at least two sweeps long, so every post has its timer
                before it is due.
        """
        self._sender = sender
        self._clock = clock
        self._sweep_seconds = sweep_seconds
        self._horizon = max(horizon, timedelta(seconds=2 * sweep_seconds))
        self._scheduler: BackgroundScheduler | None = None
        # Held while a wake-up runs and while stopping: APScheduler deadlocks
        # if a job calls into the scheduler during shutdown(wait=True).
        self._running = threading.RLock()

    @property
    def running(self) -> bool:
        """Whether the scheduler thread is running."""
        return self._scheduler is not None

    def start(self) -> StartupReport:
        """Settle interrupted sends, replan overdue posts, then start waking.

        Talks to X (reconciliation): call it off the GUI thread.

        Returns:
            What start-up fixed; fronts tell the person about replanned posts.
        """
        if self._scheduler is not None:
            return StartupReport()
        report = self._sender.startup(self._clock.now())
        scheduler = BackgroundScheduler(
            jobstores={"default": MemoryJobStore()},
            executors={"default": ThreadPoolExecutor(max_workers=1)},
            job_defaults={"coalesce": True, "misfire_grace_time": None, "max_instances": 1},
            timezone=UTC,
        )
        scheduler.add_job(wake, "interval", seconds=self._sweep_seconds, id=SWEEP_JOB, args=[self])
        self._scheduler = scheduler
        scheduler.start()
        self.reload(due_now=True)
        return report

    def stop(self) -> None:
        """Stop waking; waits for a send in progress to finish."""
        with self._running:
            scheduler, self._scheduler = self._scheduler, None
        if scheduler is not None:
            scheduler.shutdown(wait=True)

    def schedule(self, post: Post) -> None:
        """Wake at the post's planned time (or drop its job if it is no longer queued)."""
        scheduler = self._scheduler
        if scheduler is None:
            return
        if post.state is not PostState.QUEUED or post.planned_at > self._edge():
            self.unschedule(post.id)  # a later sweep gives a far post its timer
            return
        scheduler.add_job(
            wake,
            "date",
            run_date=post.planned_at,
            id=post.id,
            args=[self],
            replace_existing=True,
        )

    def unschedule(self, post_id: str) -> None:
        """Drop a post's wake-up, if it has one."""
        scheduler = self._scheduler
        if scheduler is None:
            return
        with contextlib.suppress(JobLookupError):
            scheduler.remove_job(post_id)

    def _edge(self) -> datetime:
        return self._clock.now() + self._horizon

    def reload(self, *, due_now: bool = False) -> None:
        """Make the jobs match the outbox: one per queued post due within the horizon.

        Args:
            due_now: also give posts already past their time a timer (at
                start, so they go at once). After a wake-up the sender has
                just had its chance at every due post, so one still queued
                is held (its account needs linking) or waiting on X: a timer
                in the past would fire again at once, forever. The sweep
                tries it again instead.
        """
        scheduler = self._scheduler
        if scheduler is None:
            return
        now, edge = self._clock.now(), self._edge()
        pending = {
            post.id: post
            for post in self._sender.pending()
            if post.planned_at <= edge and (due_now or post.planned_at > now)
        }
        for job in scheduler.get_jobs():
            if job.id != SWEEP_JOB and job.id not in pending:
                self.unschedule(job.id)
        known = {job.id: job for job in scheduler.get_jobs()}
        for post in pending.values():
            job = known.get(post.id)
            if job is None or job.next_run_time != post.planned_at:
                self.schedule(post)

    def job_ids(self) -> set[str]:
        """Return the ids of the pending wake-ups (post ids and the sweep)."""
        scheduler = self._scheduler
        return {job.id for job in scheduler.get_jobs()} if scheduler else set()

    def wake(self) -> None:
        """Send what is due now, then bring the jobs up to date."""
        with self._running:
            if self._scheduler is None:
                return  # stopping
            try:
                changed = self._sender.tick(self._clock.now())
                if changed:
                    log.info("%d post(s) changed state", len(changed))
                self.reload()
            except Exception:
                log.exception("the outbox sweep failed; it runs again shortly")
