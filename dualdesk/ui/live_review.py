"""Runs the guards as the person types, and shows what they found."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Finding, Rule, worst
from dualdesk.core.posts import Draft
from dualdesk.core.pricing import PriceTable, describe
from dualdesk.ui.composer import Composer
from dualdesk.ui.findings_view import summary, underline
from dualdesk.ui.paste_memory import Extra, no_extra, with_extra
from dualdesk.ui.tasks import Runner

Review = Callable[[Draft], list[Finding]]

# Wait this long after the last keystroke before reviewing.
DEBOUNCE_MS = 150


class LiveReview(QObject):
    """Reviews one composer's text in the background after each pause in typing.

    Results for text that has changed since are dropped, so the underlines
    always match what is on screen.
    """

    def __init__(
        self,
        composer: Composer,
        review: Review,
        runner: Runner,
        prices: Callable[[], PriceTable],
        parent: QObject | None = None,
        *,
        extra: Extra = no_extra,
    ) -> None:
        super().__init__(parent)
        self._composer = composer
        self._review = review
        self._runner = runner
        self._prices = prices
        self._extra = extra
        self.findings: list[Finding] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        composer.text_changed.connect(self._on_composer_text_changed)
        if composer.text.strip():  # typed while the app was starting
            self._timer.start()

    def refresh(self) -> None:
        """Review the current text now (e.g. after the history changed)."""
        self._timer.stop()
        self._on_timer_timeout()

    @Slot(str)
    def _on_composer_text_changed(self, _text: str) -> None:
        self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        text = self._composer.text
        if not text.strip():
            self._show(text, self._extra(text), "")
            return
        draft = Draft(account=self._composer.role, text=text)

        def work() -> tuple[list[Finding], str]:
            return self._review(draft), describe(text, self._prices())

        def done(result: tuple[list[Finding], str]) -> None:
            findings, price = result
            if self._composer.text == text:  # still the text that was reviewed
                self._show(text, with_extra(findings, self._extra(text)), price)

        def failed(exc: Exception) -> None:
            self._composer.show_findings(f"Guards could not run: {exc}", "warn")

        self._runner.submit(work, done, failed)

    def _show(self, text: str, findings: list[Finding], price: str) -> None:
        self.findings = findings
        underline(self._composer.editor, findings)
        severity = worst(findings)
        self._composer.show_findings(summary(findings), severity.value if severity else "")
        self._composer.show_price(price)
        # Whereabouts belong on the personal account: offer the move right here.
        self._composer.offer_move(
            self._composer.role is Role.PROFESSIONAL
            and any(f.rule is Rule.WHEREABOUTS for f in findings)
        )
        self._composer.editor.setToolTip(
            "\n\n".join(f"{f.message}\n→ {f.advice}" for f in findings)
        )
