# Two stages: build the wheels, then a slim non-root runtime with gunicorn + whitenoise.
FROM python:3.11-slim-bookworm AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
RUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev \
    && rm -rf /var/lib/apt/lists/*
COPY requirements.txt /tmp/requirements.txt
# Every download is checked against the lock's hashes.
RUN pip wheel --require-hashes --wheel-dir /wheels -r /tmp/requirements.txt

FROM python:3.11-slim-bookworm AS runtime
ENV PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 PORT=8000 \
    DJANGO_SETTINGS_MODULE=config.settings.base
RUN apt-get update && apt-get install -y --no-install-recommends gettext libpq5 \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --uid 1000 coopkracht
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir --no-index --no-deps /wheels/* && rm -rf /wheels
WORKDIR /app
COPY --chown=coopkracht:coopkracht . /app
# Build-time steps need a key, an address, a mail set-up and a cache but never real
# ones (they reach none); the runtime must set SECRET_KEY, SITE_URL, EMAIL_URL and
# CACHE_URL.
RUN export SECRET_KEY=build-only-key-build-only-key-build-only SITE_URL=http://build.invalid \
    EMAIL_URL=dummy:// CACHE_URL=redis://build.invalid:6379/0 \
    && python manage.py compilemessages --ignore=.venv \
    && python manage.py collectstatic --noinput
# Uploads live on a volume mounted here; a new volume takes this owner.
RUN mkdir -p /app/media && chown coopkracht:coopkracht /app/media
USER coopkracht
EXPOSE 8000
# The web process. The same image runs the task worker (`python manage.py db_worker`),
# the scheduler (`python manage.py publish_scheduled`, once a minute) and the
# migrations (`python manage.py migrate`), as compose.yaml shows.
CMD ["sh", "-c", "gunicorn config.wsgi:application --bind 0.0.0.0:${PORT} --workers ${WEB_CONCURRENCY:-3} --access-logfile -"]
