"""Simplified Chinese formats where the site's differ from Django's: a day and month without a
leading zero ("9月16日", as WIPO's Chinese documents and the year-ful "2024年9月19日" write it;
Django's own is "09月16日"), so that both ends of a date range read alike."""

MONTH_DAY_FORMAT = "n月j日"
