"""WSGI entry point for CWS Records."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cws.settings")
application = get_wsgi_application()
