"""The contact form: a page whose fields editors compose, stored and e-mailed."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import (
    AbstractEmailForm,
    AbstractFormField,
    FormMixin,
)
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.outbox import send_in_background
from home.blocks import RICH_TEXT_FEATURES
from home.spam_protection import SpamProtectedFormBuilder


class FormField(TranslatableMixin, AbstractFormField):
    """One field of a FormPage (label, type, required, choices...).

    Translatable so that labels, help texts and choices are translated with the
    page. `clean_name` (the key under which answers are stored) stays that of the
    original language, so submissions in both languages have the same columns.
    """

    page = ParentalKey(
        "home.FormPage", on_delete=models.CASCADE, related_name="form_fields"
    )

    override_translatable_fields = [SynchronizedField("clean_name", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]


class FormPage(AbstractEmailForm):
    """A contact form. Submissions are stored (see "Forms" in the admin) and mailed.

    Fields: `intro` (rich text above the form), `thank_you_text` (rich text
    shown after sending), and from AbstractEmailForm `to_address` (comma-separated
    recipients), `from_address` and `subject` of the e-mail. The form's fields
    are `form_fields` (FormField). Bots are kept out by `home.spam_protection`.
    """

    intro = RichTextField(
        _("introduction"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Shown above the form, e.g. other ways to reach us."),
    )
    thank_you_text = RichTextField(
        _("thank-you message"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Shown after the form was sent."),
    )

    form_builder = SpamProtectedFormBuilder

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(heading=_("Form submissions")),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail"),
            help_text=_("Where each submission is sent. It is also stored here."),
        ),
    ]
    search_fields = AbstractEmailForm.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("form page")

    def serve(self, request, *args, **kwargs):
        """Wagtail's form view, handing the request to the spam protection.

        A client over the submission limit gets the form back with the message
        and status 429.
        """
        form_arguments = {"page": self, "user": request.user, "request": request}
        if request.method == "POST":
            form = self.get_form(request.POST, request.FILES, **form_arguments)
            if form.is_valid():
                submission = self.process_form_submission(form)
                return self.render_landing_page(request, submission, *args, **kwargs)
        else:
            form = self.get_form(**form_arguments)
        context = self.get_context(request)
        context["form"] = form
        status = 429 if form.is_rate_limited else 200
        return TemplateResponse(
            request, self.get_template(request), context, status=status
        )

    def get_preview_context(self, request, mode_name):
        # FormMixin's version builds the form without the request: skipped.
        context = super(FormMixin, self).get_preview_context(request, mode_name)
        context["form"] = self.get_form(page=self, user=request.user, request=request)
        return context

    def process_form_submission(self, form):
        # A bot that filled in the honeypot sees the thank-you page; nothing is kept.
        if form.is_spam:
            return None
        return super().process_form_submission(form)

    def get_submissions_list_view_class(self):
        # Wagtail's admin views import the page models: loaded only once they are.
        from home.form_submissions import FormulaSafeSubmissionsListView

        return FormulaSafeSubmissionsListView

    def send_mail(self, form):
        """Queue the submission's e-mail: the visitor does not wait on the mail server."""
        send_in_background(
            EmailMultiAlternatives(
                subject=self.subject,
                body=self.render_email(form),
                from_email=self.from_address or settings.DEFAULT_FROM_EMAIL,
                to=[address.strip() for address in self.to_address.split(",")],
                headers={"Auto-Submitted": "auto-generated"},
            )
        )
