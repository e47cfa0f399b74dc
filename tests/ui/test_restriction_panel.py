"""CustomerPanel: restriction of processing (GDPR Art. 18) and objection to marketing (Art. 21)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtWidgets import QComboBox, QMessageBox

from kundereg.domain.access import VerificationMethod
from kundereg.domain.records import CustomerInput
from kundereg.services.access import Verification
from kundereg.ui.customer_panel import CustomerPanel
from kundereg.ui.palette import warning_colours
from kundereg.ui.formatting import format_date

YES = QMessageBox.StandardButton.Yes


@pytest.fixture
def acting(owner) -> list:
    """Who the panel acts as; tests swap the session in place (like the SessionHolder)."""
    return [owner]


@pytest.fixture
def panel(qtbot, customers, purchases, shop, runner, acting) -> CustomerPanel:
    widget = CustomerPanel(customers, purchases, shop, runner, lambda: acting[0])
    qtbot.addWidget(widget)
    widget.resize(1000, 650)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def editable(panel: CustomerPanel) -> dict[str, bool]:
    return {name: editor.isEnabled() if isinstance(editor, QComboBox) else not editor.isReadOnly()
            for name, editor in panel.editors.items()}


def restrict(panel: CustomerPanel, qtbot, dialogs) -> None:
    dialogs.question_answer = YES
    with qtbot.waitSignal(panel.loaded):
        assert panel.gdpr.restrict()


def test_owner_restricts_and_the_panel_turns_read_only(panel, kari, customers, owner, qtbot, dialogs):
    panel.open_customer(kari.id)
    assert panel.gdpr.restrict_button.isVisible() and not panel.gdpr.lift_button.isVisible()
    assert not panel.gdpr.restriction_banner.isVisible()
    assert all(editable(panel).values())
    restrict(panel, qtbot, dialogs)

    stored = customers.get(owner, kari.id)
    assert stored.restricted_at is not None
    assert panel.customer == stored  # reloaded: the fresh version is the one shown
    assert any("GDPR Art. 18" in text for text in dialogs.texts("question"))
    assert panel.gdpr.restriction_banner.isVisible()
    assert panel.gdpr.restriction_label.text() == (
        f"Restricted (GDPR Art. 18) since {format_date(stored.restricted_at)}: the record is read-only "
        "until the restriction is lifted.")
    assert not any(editable(panel).values())
    assert not panel.save_button.isEnabled()
    assert panel.is_restricted()
    assert panel.gdpr.lift_button.isVisible() and not panel.gdpr.restrict_button.isVisible()
    assert not panel.history.new_order_button.isEnabled()
    assert not panel.history.service_button.isEnabled()
    panel.history.new_order()
    assert panel.history.open_dialog is None
    # Even if something made the form dirty, nothing is sent.
    panel._set_dirty(True)
    assert not panel.save_button.isEnabled() and panel.save() is False
    assert customers.get(owner, kari.id).version == stored.version


def test_lifting_makes_the_record_editable_again(panel, kari, customers, owner, qtbot, dialogs):
    panel.open_customer(kari.id)
    restrict(panel, qtbot, dialogs)
    with qtbot.waitSignal(panel.loaded):
        assert panel.gdpr.lift_restriction()
    assert customers.get(owner, kari.id).restricted_at is None
    assert not panel.gdpr.restriction_banner.isVisible() and not panel.is_restricted()
    assert all(editable(panel).values())
    assert panel.history.new_order_button.isEnabled() and panel.history.service_button.isEnabled()
    assert panel.gdpr.restrict_button.isVisible() and not panel.gdpr.lift_button.isVisible()
    panel.editors["city"].setText("Hamar")
    panel.editors["city"].textEdited.emit("Hamar")
    assert panel.save_button.isEnabled()
    with qtbot.waitSignal(panel.saved):
        panel.save()
    assert customers.get(owner, kari.id).city == "Hamar"


def test_declining_the_confirmation_changes_nothing(panel, kari, customers, owner, dialogs):
    panel.open_customer(kari.id)
    dialogs.question_answer = QMessageBox.StandardButton.No
    assert panel.gdpr.restrict() is False
    assert customers.get(owner, kari.id).restricted_at is None
    assert not panel.gdpr.restriction_banner.isVisible()


def test_unsaved_edits_block_the_gdpr_actions(panel, kari, customers, owner, dialogs):
    panel.open_customer(kari.id)
    panel.editors["city"].setText("Hamar")
    panel.editors["city"].textEdited.emit("Hamar")
    assert not panel.gdpr.restrict_button.isEnabled() and not panel.gdpr.objection_button.isEnabled()
    dialogs.question_answer = YES
    assert panel.gdpr.restrict() is False
    assert customers.get(owner, kari.id).restricted_at is None
    assert panel.editors["city"].text() == "Hamar"  # the edits are kept


def test_service_error_is_shown_and_the_panel_reloads(panel, kari, customers, owner, qtbot, dialogs):
    panel.open_customer(kari.id)
    customers.restrict(owner, kari.id, kari.version)  # at another PC meanwhile
    dialogs.question_answer = YES
    with qtbot.waitSignal(panel.loaded):
        panel.gdpr.restrict()
    assert dialogs.texts("warning")  # the conflict, in words from error_text
    assert panel.gdpr.restriction_banner.isVisible() and panel.is_restricted()


def test_counter_sees_no_restriction_buttons(panel, kari, acting, counter, qtbot, dialogs):
    counter.grant(kari.id, Verification(VerificationMethod.CREATED, datetime.now(timezone.utc)))
    acting[0] = counter
    panel.open_customer(kari.id)
    assert panel.customer is not None
    assert not panel.gdpr.restrict_button.isVisible() and not panel.gdpr.lift_button.isVisible()
    assert panel.gdpr.objection_button.isVisible() and panel.gdpr.objection_button.isEnabled()
    assert panel.gdpr.restrict() is False


def test_counter_sees_the_banner_but_cannot_lift(panel, kari, acting, counter, qtbot, dialogs):
    panel.open_customer(kari.id)
    restrict(panel, qtbot, dialogs)
    counter.grant(kari.id, Verification(VerificationMethod.CREATED, datetime.now(timezone.utc)))
    acting[0] = counter
    panel.open_customer(kari.id)
    assert panel.gdpr.restriction_banner.isVisible()
    assert not panel.gdpr.lift_button.isVisible() and panel.gdpr.lift_restriction() is False


def test_objection_sets_the_note(panel, kari, customers, owner, acting, counter, qtbot, dialogs):
    counter.grant(kari.id, Verification(VerificationMethod.CREATED, datetime.now(timezone.utc)))
    acting[0] = counter
    panel.open_customer(kari.id)
    assert not panel.gdpr.objection_note.isVisible()
    dialogs.question_answer = YES
    with qtbot.waitSignal(panel.loaded):
        assert panel.gdpr.object_to_marketing()
    stored = customers.get(owner, kari.id)
    assert stored.marketing_objection_at is not None
    assert panel.gdpr.objection_note.isVisible()
    assert panel.gdpr.objection_note.text() == f"Objected to marketing on {format_date(stored.marketing_objection_at)}"
    assert not panel.gdpr.objection_button.isVisible()  # recorded once; the note says so
    assert panel.gdpr.object_to_marketing() is False
    assert all(editable(panel).values())  # an objection alone does not restrict


def test_new_customer_shows_no_gdpr_state(panel, kari, qtbot, dialogs):
    panel.open_customer(kari.id)
    restrict(panel, qtbot, dialogs)
    panel.new_customer(CustomerInput(first_name="Ola"))
    assert not panel.gdpr.restriction_banner.isVisible() and not panel.gdpr.objection_note.isVisible()
    assert all(editable(panel).values())
    assert not panel.gdpr.restrict_button.isVisible() and not panel.gdpr.objection_button.isVisible()


@pytest.mark.parametrize("window", ["#ffffff", "#202124"])
def test_warning_colours_keep_the_text_readable(qapp, window):
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette(QColor(window))
    background, text, _accent = warning_colours(palette)
    assert abs(background.lightness() - text.lightness()) > 120


def test_restricted_panel_renders(panel, kari, customers, owner, qtbot, dialogs, tmp_path):
    panel.open_customer(kari.id)
    dialogs.question_answer = YES
    with qtbot.waitSignal(panel.loaded):
        panel.gdpr.object_to_marketing()
    restrict(panel, qtbot, dialogs)
    qtbot.wait(10)
    image = panel.grab()
    assert not image.isNull() and image.save(str(tmp_path / "restricted.png"))
