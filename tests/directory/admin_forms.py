"""Reading an admin edit form back as the data a browser would post."""

import re

HIDDEN = re.compile(r'<input type="hidden" name="([\w-]+)" value="([^"]*)"')


def form_data(response) -> dict:
    form = response.context["form"]
    data = {}
    for name in form.fields:
        value = form[name].value()
        if value is None or value is False:
            continue
        if value is True:
            data[name] = "on"
        elif isinstance(value, list | tuple):
            data[name] = [str(item) for item in value]
        else:
            data[name] = str(value)
    data.update(hidden_inputs(response))
    return data


def hidden_inputs(response) -> dict:
    """The form's hidden inputs (Wagtail's revision it was opened on, say)."""
    return {
        name: value
        for name, value in HIDDEN.findall(response.content.decode())
        if name != "csrfmiddlewaretoken"
    }
