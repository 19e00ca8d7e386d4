-- wrk script: each request takes the next address of a mix of public pages, API and search.
local paths = {
  "/", "/sessions/12/", "/decisions/", "/decisions/?session=12&kind=approved",
  "/tasks/", "/tasks/67/", "/tasks/24/", "/standards/ST.26/", "/documents/CWS/12/29/",
  "/technical-assistance/", "/search/?q=sequence+listings", "/search/?q=data+exchange",
  "/api/decisions/?session=12", "/api/tasks/67/", "/api/standards/?latest_session=12",
  "/feeds/decisions/", "/sitemap.xml",
}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
