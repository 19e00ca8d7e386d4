// When a page is printed, each link in the content is followed by its absolute address
// (static/css/site.css, @media print). The browser resolves link.href against the page's own
// address, so no host is written into the page and no inline style is needed (CSP: 'self').
for (const link of document.querySelectorAll("main a[href]")) {
  link.dataset.address = link.href;
}
