"""Settings for CWS Records: one module, every deployment value read from the environment.

DJANGO_DEBUG        "1"/"true" turns debug on (off by default).
DJANGO_SECRET_KEY   required unless DJANGO_DEBUG is on.
DJANGO_ALLOWED_HOSTS comma-separated; defaults to localhost names.
DATABASE_URL        e.g. postgres://user:pass@127.0.0.1:5432/cws; unset or empty means SQLite.
DJANGO_CONN_MAX_AGE seconds a database connection is kept (default 60).
DJANGO_PAGE_CACHE   "0" switches the page cache off (on by default).
DJANGO_PAGE_CACHE_STAMP a file the processes of one host share, so that a cached page needs no
                    query (see cws/caching.py); unset means one small query per cached page.
DJANGO_CACHE_URL    redis://host:port/db puts the caches (rendered pages included) in Redis, shared
                    by every application host; unset means a cache in each process.
DJANGO_PAGE_CACHE_BYTES the most bytes of rendered pages one process keeps (default 16 MB; only
                    for the per-process cache: Redis bounds itself with its maxmemory).
                    Several hosts share Redis and the database, not a stamp file: leave
                    DJANGO_PAGE_CACHE_STAMP unset there.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name, "")
    if not value:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default):
    value = os.environ.get(name, "")
    return [item.strip() for item in value.split(",") if item.strip()] or default


def env_int(name, default):
    value = os.environ.get(name, "")
    return int(value) if value.strip() else default


DEBUG = env_bool("DJANGO_DEBUG")
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "Set DJANGO_SECRET_KEY (or DJANGO_DEBUG=1 for local development)."
        )
    SECRET_KEY = "insecure-local-development-key"  # noqa: S105 - only ever used with DEBUG on

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])

INSTALLED_APPS = [
    # the admin site that requires a second factor (accounts/admin_site.py)
    "accounts.apps.StaffAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_otp_webauthn",
    "csp",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "records",
    "sessions.apps.SessionsConfig",
    "standards",
    "tasks",
    "assistance",
    "accounts",
]

MIDDLEWARE = [
    # first: every log line written while serving a request names its user and client address
    "accounts.logs.RequestContext",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # TRACE, and a NUL in the path or the query: refused before any view or cache sees them
    "cws.middleware.RejectMalformedRequests",
    # before the session, auth and CSRF middleware, which an anonymous cached page does not need
    "cws.caching.PublicPageCache",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # the language from the address's prefix alone (English without one): cws/middleware.py
    "cws.middleware.LanguageFromPath",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "accounts.middleware.SessionTimeouts",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

# The page cache can be switched off (benchmarks measure pages with and without it).
PAGE_CACHE = env_bool("DJANGO_PAGE_CACHE", True)
# A file whose replacement tells every process on this host that the records changed, so that
# a cached page costs no query (see cws/caching.py); empty: read the version from the database.
PAGE_CACHE_STAMP = os.environ.get("DJANGO_PAGE_CACHE_STAMP", "")
# A bare view for the benchmark's baseline, off unless asked (never in production).
BENCH_BASELINE = env_bool("DJANGO_BENCH_BASELINE")

# Rendered public pages, keyed on the records version (see cws/caching.py): in each process,
# bounded by bytes so that a flood of distinct addresses cannot grow a worker, or in Redis,
# shared by several application hosts.
CACHE_URL = os.environ.get("DJANGO_CACHE_URL", "")
if CACHE_URL:
    CACHES = {
        name: {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CACHE_URL,
            "KEY_PREFIX": f"cws-{name}",
            "TIMEOUT": 3600,
        }
        for name in ("default", "pages")
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {
            "BACKEND": "cws.caching.BoundedMemoryCache",
            "LOCATION": "cws-pages",
            "TIMEOUT": 3600,
            "OPTIONS": {
                "MAX_ENTRIES": env_int("DJANGO_PAGE_CACHE_ENTRIES", 2000),
                "MAX_BYTES": env_int("DJANGO_PAGE_CACHE_BYTES", 16 * 1024 * 1024),
            },
        },
    }

AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
LOGIN_URL = "admin:login"
LOGIN_REDIRECT_URL = "admin:index"

ROOT_URLCONF = "cws.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "cws.context_processors.canonical",
                "cws.context_processors.languages",
            ],
        },
    },
]

WSGI_APPLICATION = "cws.wsgi.application"

# DATABASE_URL selects the database; unset or empty means the SQLite file in the project.
# (dj_database_url.config() returns {} for an empty variable, so the URL is read here.)
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DJANGO_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # One writer at a time, in turn: a transaction takes the write lock when it begins
    # (IMMEDIATE), so two admin saves of one record run one after the other and the second sees
    # the first (never "database is locked"); others wait up to 20 s. WAL lets pages be read
    # while a save is written.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Passwords (accounts/passwords.py): at least 12 characters; not containing the user's names or
# this site's words; not, nor built on, a password exposed in breaches (offline lists); hard
# to guess. No rule on kinds of characters (so no NumericPasswordValidator).
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "accounts.passwords.ContextWordsValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "accounts.passwords.BreachedPasswordValidator"},
]
PASSWORD_CONTEXT_WORDS = [
    "cws",
    "wipo",
    "ompi",
    "committee",
    "standards",
    "secretariat",
    "records",
    "geneva",
    "admin",
]

# The interface in WIPO's six languages (README: "Languages"). English at the bare addresses,
# the others under a prefix (/fr/sessions/12/): cws/urls.py. The records stay in the language
# of their source documents.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("ru", _("Russian")),
    ("ar", _("Arabic")),
    ("zh-hans", _("Simplified Chinese")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Zurich"
USE_I18N = True
USE_TZ = True
# The site's own formats where they differ from Django's (cws/formats/<language>/formats.py).
FORMAT_MODULE_PATH = ["cws.formats"]

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or env_bool("DJANGO_PLAIN_STATIC")
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# The read-only JSON API (Django REST framework) and its OpenAPI description.
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "records.api.Search",
    ],
    "DEFAULT_PAGINATION_CLASS": "records.api.Pagination",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "records.api.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "CWS Records API",
    "DESCRIPTION": (
        "Read-only records of WIPO's Committee on WIPO Standards: sessions, decisions, "
        "documents and their paragraphs, Tasks, Task Forces, WIPO Standards, offices, "
        "technical-assistance activities and figures, surveys. Every object carries the "
        "address of its page on the site.\n\n"
        "The API is in no language: kinds, statuses and roles are codes (`noted`, "
        "`in_abeyance`, `chair`), never their labels, and record text is as the source "
        "documents give it (English). It answers the same whatever the browser's language; "
        "`url` fields name the English pages (`/sessions/12/`), and a page in another interface "
        "language is the same address with its prefix (`/fr/sessions/12/`)."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "DecisionKindEnum": "sessions.models.DecisionKind",
        "DocumentKindEnum": "sessions.models.DocumentKind",
        "OfficeKindEnum": "sessions.models.OfficeKind",
        "TaskStatusEnum": "tasks.models.TaskStatus",
        "TaskForceStatusEnum": "tasks.models.TaskForceStatus",
        "TaskEventKindEnum": "tasks.models.TaskEventKind",
        "StandardStatusEnum": "standards.models.StandardStatus",
        "StandardEventKindEnum": "standards.models.StandardEventKind",
        "ActivityKindEnum": "assistance.models.ActivityKind",
    },
}

# Where load_records finds the curated records.
RECORDS_FIXTURE_DIR = BASE_DIR / "fixtures"

# Security. Production (DEBUG off) is HTTPS-only by default; a proxy that terminates TLS must
# pass X-Forwarded-Proto and set DJANGO_BEHIND_PROXY=1.
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("DJANGO_BEHIND_PROXY") else None
)
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_COOKIES = env_bool("DJANGO_SECURE_COOKIES", not DEBUG)
# Over HTTPS the cookies carry the __Host- prefix: the browser keeps them only if they are
# Secure, for this host alone (no Domain) and the whole site (Path=/).
SESSION_COOKIE_NAME = "__Host-sessionid" if SECURE_COOKIES else "sessionid"
SESSION_COOKIE_SECURE = SECURE_COOKIES
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_NAME = "__Host-csrftoken" if SECURE_COOKIES else "csrftoken"
CSRF_COOKIE_SECURE = SECURE_COOKIES
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

# Content-Security-Policy (django-csp): only our own scripts and styles, nothing inline or
# eval'd. The one exception is the API docs page (ReDoc renders its styles into <style>
# elements and runs its search in a worker made from a blob): cws/urls.py adds 'unsafe-inline'
# to style-src for that view alone.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "worker-src": [SELF, "blob:"],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# Sessions (accounts/): in the database with their owner, address and times, so that staff can
# list and end them; they end after SESSION_IDLE_MINUTES without a request and, whatever the
# activity, SESSION_MAX_HOURS after the sign-in (accounts/middleware.py).
SESSION_ENGINE = "accounts.session_store"
SESSION_IDLE_MINUTES = env_int("DJANGO_SESSION_IDLE_MINUTES", 30)
SESSION_MAX_HOURS = env_int("DJANGO_SESSION_MAX_HOURS", 10)
SESSION_COOKIE_AGE = SESSION_MAX_HOURS * 3600

# The client's address: behind DJANGO_TRUSTED_PROXIES proxies (1 with DJANGO_BEHIND_PROXY), the
# one the outermost of them appended to X-Forwarded-For; never an address the client wrote.
TRUSTED_PROXIES = env_int("DJANGO_TRUSTED_PROXIES", 1 if env_bool("DJANGO_BEHIND_PROXY") else 0)

# Sign-in throttling (accounts/throttle.py): failed sign-ins in a sliding window, per name and
# address (a lockout of that pair only), per address (spraying) and per name from addresses the
# account has not signed in from (a distributed attack on one account).
SIGN_IN_WINDOW_MINUTES = env_int("DJANGO_SIGN_IN_WINDOW_MINUTES", 15)
SIGN_IN_LIMIT_PER_NAME_AND_ADDRESS = env_int("DJANGO_LOGIN_FAILURE_LIMIT", 5)
SIGN_IN_LIMIT_PER_ADDRESS = env_int("DJANGO_SIGN_IN_LIMIT_PER_ADDRESS", 20)
SIGN_IN_LIMIT_PER_NAME = env_int("DJANGO_SIGN_IN_LIMIT_PER_NAME", 20)

# The second factor (django-otp): authenticator-app codes (TOTP, one use each, wrong codes
# throttled with a doubling delay), one-time backup codes, and passkeys (django-otp-webauthn,
# as a second factor only). See accounts/.
OTP_TOTP_ISSUER = "CWS Records"
OTP_WEBAUTHN_RP_ID_CALLABLE = "accounts.webauthn.relying_party_id"
OTP_WEBAUTHN_RP_NAME_CALLABLE = "accounts.webauthn.relying_party_name"
OTP_WEBAUTHN_HELPER_CLASS = "accounts.webauthn.Helper"
OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN = False
# The helper accepts the origin of the (allowed) host a request names; these are listed for
# the library's configuration check.
OTP_WEBAUTHN_ALLOWED_ORIGINS = [
    f"https://{host.lstrip('.')}" for host in ALLOWED_HOSTS if host not in ("*", "")
] or ["https://localhost"]

# Logs go to standard error (gunicorn and the service manager keep them). Every line has the
# time (UTC), the level, the logger, the signed-in user and the client's address
# (accounts/logs.py).
# accounts.security (sign-ins, failures, lockouts, second factor, sessions) logs at INFO;
# django.request logs refusals (403, 404, 400) and errors, django.security suspicious requests
# (a disallowed host, a CSRF failure). README: "What is logged".
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request": {"()": "accounts.logs.RequestFields"}},
    "formatters": {
        "line": {
            "()": "accounts.logs.UTCFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s user=%(user)s client=%(client)s "
            "%(message)s",
        }
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request"],
            "formatter": "line",
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
    "loggers": {
        "accounts.security": {"level": os.environ.get("DJANGO_SECURITY_LOG_LEVEL", "INFO")},
        "django.request": {"level": "WARNING"},
        "django.security": {"level": "WARNING"},
    },
}
