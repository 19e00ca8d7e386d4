import io

import pytest
from django.core.cache import caches
from django.core.management import call_command

from records.version import forget_version


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database holds the curated records, loaded once per run."""
    with django_db_blocker.unblock():
        call_command("load_records", stdout=io.StringIO())


@pytest.fixture(autouse=True)
def _test_settings(settings):
    settings.SECURE_SSL_REDIRECT = False  # the test client speaks plain HTTP
    caches["pages"].clear()  # a test's rolled-back records must not be served to the next
    forget_version()  # nor the version a rolled-back change had bumped
    settings.STATIC_ROOT = None  # nothing is collected in tests; finders serve the files
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
