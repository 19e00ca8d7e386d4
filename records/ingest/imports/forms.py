"""The forms of the import's admin pages: the upload, a decision's correction (or a decision
added), an agenda item's title, and publishing. Each is small and sent on its own, so that a
draft of any size stays far under Django's 1,000-field limit."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from records.ingest.imports.review import decision_choices
from records.ingest.imports.start import document_kinds
from records.text import contains_wording

STANDARD_CODE = re.compile(r"^ST\.?\s*(\d+)$", re.IGNORECASE)


def split(value, separators=",\n"):
    parts = re.split(f"[{re.escape(separators)}]", value or "")
    return list(dict.fromkeys(" ".join(p.split()) for p in parts if p.strip()))


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("Report file"), help_text=_("A .docx, .pdf (with text) or .txt file.")
    )
    symbol = forms.CharField(
        label=_("Document symbol"),
        max_length=60,
        help_text=_("As printed on the document, e.g. CWS/12/29."),
    )
    session = forms.IntegerField(
        label=_("Session number"), min_value=1, max_value=999, help_text=_("e.g. 12 for CWS/12.")
    )
    document_kind = forms.ChoiceField(
        label=_("Kind of document"),
        initial="session_report",
        help_text=_("Used only if the document is not in the records yet."),
    )
    create_session = forms.BooleanField(
        label=_("Create the session if it is not in the records yet"),
        required=False,
        help_text=_("Publishing then creates it, with its number only."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["document_kind"].choices = document_kinds()


def parse_tasks(value):
    numbers = []
    for part in split(value):
        if not part.isdigit():
            raise forms.ValidationError(
                _("“%(value)s” is not a Task number: give numbers such as 67, 41."),
                params={"value": part},
            )
        numbers.append(int(part))
    return list(dict.fromkeys(numbers))


def parse_standards(value):
    codes = []
    for part in split(value):
        match = STANDARD_CODE.match(part)
        if not match:
            raise forms.ValidationError(
                _("“%(value)s” is not a WIPO Standard: give codes such as ST.26, ST.92."),
                params={"value": part},
            )
        codes.append(f"ST.{int(match.group(1))}")
    return list(dict.fromkeys(codes))


class DecisionForm(forms.Form):
    """A decision as the reviewer corrects (or adds) it. ``paragraph_text``: the text its
    wording must appear in."""

    kind = forms.ChoiceField(label=_("Kind"))
    nature = forms.ChoiceField(label=_("Nature"))
    text = forms.CharField(
        label=_("Wording"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("The words of the paragraph that record it, verbatim."),
    )
    tasks = forms.CharField(
        label=_("Tasks"), required=False, help_text=_("Numbers, separated by commas: 67, 41.")
    )
    standards = forms.CharField(
        label=_("WIPO Standards"), required=False, help_text=_("Codes, separated by commas.")
    )
    task_forces = forms.CharField(
        label=_("Task Forces"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Full names, one per line."),
    )
    documents = forms.CharField(
        label=_("Documents acted on"),
        required=False,
        help_text=_("Symbols, separated by commas."),
    )
    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, paragraph_text="", **kwargs):
        super().__init__(*args, **kwargs)
        self.paragraph_text = paragraph_text
        kinds, natures = decision_choices()
        self.fields["kind"].choices = kinds
        self.fields["nature"].choices = natures

    @classmethod
    def initial_of(cls, values):
        return {
            "kind": values["kind"],
            "nature": values["nature"],
            "text": values["text"],
            "tasks": ", ".join(map(str, values["tasks"])),
            "standards": ", ".join(values["standards"]),
            "task_forces": "\n".join(values["task_forces"]),
            "documents": ", ".join(values["documents"]),
            "note": values["note"],
        }

    def clean_text(self):
        text = self.cleaned_data["text"].replace("\r\n", "\n").strip()
        if self.paragraph_text and not contains_wording(self.paragraph_text, text):
            raise forms.ValidationError(
                _("The wording must appear, word for word, in the cited paragraph.")
            )
        return text

    def clean_tasks(self):
        return parse_tasks(self.cleaned_data["tasks"])

    def clean_standards(self):
        return parse_standards(self.cleaned_data["standards"])

    def clean_task_forces(self):
        return split(self.cleaned_data["task_forces"], "\n")

    def clean_documents(self):
        return split(self.cleaned_data["documents"])

    def clean_note(self):
        return self.cleaned_data["note"].replace("\r\n", "\n").strip()


class AddDecisionForm(DecisionForm):
    """A decision the reader did not draft: its paragraph, then as a corrected one."""

    paragraph = forms.ChoiceField(label=_("Paragraph"))
    field_order = ["paragraph"]

    def __init__(self, *args, paragraphs=(), **kwargs):
        self.paragraphs = {f"{p['part']}:{p['number']}": p for p in paragraphs}
        super().__init__(*args, **kwargs)
        self.fields["paragraph"].choices = [
            (key, f"¶{p['number']}" if p["part"] == "body" else f"Annex ¶{p['number']}")
            for key, p in self.paragraphs.items()
        ]

    def clean(self):
        cleaned = super().clean()
        paragraph = self.paragraphs.get(cleaned.get("paragraph"))
        text = cleaned.get("text")
        if paragraph and text and not contains_wording(paragraph["text"], text):
            self.add_error(
                "text", _("The wording must appear, word for word, in the chosen paragraph.")
            )
        return cleaned


class AgendaItemForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=400)


class PublishForm(forms.Form):
    """Publishing; ``overwrite`` names the records staff changed that the reviewer chooses to
    overwrite with the document's version."""

    overwrite = forms.MultipleChoiceField(
        label=_("Overwrite these staff changes with the document's version"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, protected=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["overwrite"].choices = [(name, name) for name in protected]
