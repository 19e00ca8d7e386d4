from tests.sites import live_site, new_database  # noqa: F401 - fixtures of this folder's tests
