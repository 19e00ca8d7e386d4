// Once a passkey is added: at the first sign-in, on to the backup codes (the form
// "after-passkey" posts there); on the security page, show the page again with it listed.
document.addEventListener("otp_webauthn.register_complete", () => {
  const next = document.getElementById("after-passkey");
  if (next) {
    next.submit();
  } else {
    window.location.reload();
  }
});
