"""The one error the guide's query layer raises for what a visitor asked."""


class GuideParamError(ValueError):
    """A query parameter the guide cannot answer; the message is for people."""
