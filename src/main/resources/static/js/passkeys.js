// Passkeys: runs the browser's WebAuthn ceremonies against Spring Security's endpoints. A static file because the
// pages' CSP allows no inline script. Elements it looks for (each optional):
//   #passkey-sign-in   the login page's button          -> sign in with any passkey of this site
//   #passkey-confirm   the admins' confirmation button  -> sign in again with one of the signed-in person's passkeys
//   #passkey-register  the form on the passkeys page    -> add a passkey named by its label field
//   #passkey-error     where a failure is said in words
(function () {
    "use strict";

    const supported = !!(window.PublicKeyCredential && navigator.credentials);

    // The CSRF header the page frame gives htmx on <body hx-headers>, reused for our requests.
    function csrfHeaders() {
        try {
            return JSON.parse(document.body.getAttribute("hx-headers") || "{}");
        } catch (e) {
            return {};
        }
    }

    function toBase64Url(buffer) {
        const bytes = new Uint8Array(buffer);
        let binary = "";
        for (let i = 0; i < bytes.length; i++) {
            binary += String.fromCharCode(bytes[i]);
        }
        return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    }

    function fromBase64Url(text) {
        const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
        const binary = atob(base64 + "===".slice((base64.length + 3) % 4));
        const bytes = new Uint8Array(binary.length);
        for (let i = 0; i < binary.length; i++) {
            bytes[i] = binary.charCodeAt(i);
        }
        return bytes.buffer;
    }

    async function post(url, body) {
        const response = await fetch(url, {
            method: "POST",
            credentials: "same-origin",
            headers: Object.assign({"Content-Type": "application/json", "Accept": "application/json"}, csrfHeaders()),
            body: body === undefined ? undefined : JSON.stringify(body)
        });
        let json = null;
        try {
            json = await response.json();
        } catch (e) {
            json = null;
        }
        if (response.status === 401) {
            throw new Error("That passkey did not sign you in: Tandem does not know it, or its account can no longer sign in.");
        }
        if (!response.ok) {
            throw new Error(json && json.detail ? json.detail : "The server did not accept the passkey (" + response.status + ").");
        }
        return json;
    }

    function describe(credentials) {
        return (credentials || []).map(function (c) {
            return Object.assign({}, c, {id: fromBase64Url(c.id)});
        });
    }

    async function signIn() {
        const options = await post("/webauthn/authenticate/options");
        const credential = await navigator.credentials.get({
            publicKey: Object.assign({}, options, {
                challenge: fromBase64Url(options.challenge),
                allowCredentials: describe(options.allowCredentials)
            })
        });
        const response = credential.response;
        const result = await post("/login/webauthn", {
            id: credential.id,
            rawId: toBase64Url(credential.rawId),
            type: credential.type,
            response: {
                authenticatorData: toBase64Url(response.authenticatorData),
                clientDataJSON: toBase64Url(response.clientDataJSON),
                signature: toBase64Url(response.signature),
                userHandle: response.userHandle ? toBase64Url(response.userHandle) : undefined
            },
            clientExtensionResults: credential.getClientExtensionResults(),
            authenticatorAttachment: credential.authenticatorAttachment
        });
        if (!result || !result.authenticated) {
            throw new Error("The passkey did not sign you in.");
        }
        window.location.assign(result.redirectUrl || "/");
    }

    async function register(label) {
        const options = await post("/webauthn/register/options");
        const credential = await navigator.credentials.create({
            publicKey: Object.assign({}, options, {
                challenge: fromBase64Url(options.challenge),
                user: Object.assign({}, options.user, {id: fromBase64Url(options.user.id)}),
                excludeCredentials: describe(options.excludeCredentials)
            })
        });
        const response = credential.response;
        await post("/webauthn/register", {
            publicKey: {
                label: label,
                credential: {
                    id: credential.id,
                    rawId: toBase64Url(credential.rawId),
                    type: credential.type,
                    response: {
                        attestationObject: toBase64Url(response.attestationObject),
                        clientDataJSON: toBase64Url(response.clientDataJSON),
                        transports: response.getTransports ? response.getTransports() : []
                    },
                    clientExtensionResults: credential.getClientExtensionResults(),
                    authenticatorAttachment: credential.authenticatorAttachment
                }
            }
        });
    }

    // The error box of the page, or one made beside the button that failed (the login page has none of its own).
    function errorBox(near) {
        let box = document.getElementById("passkey-error");
        if (!box && near) {
            box = document.createElement("div");
            box.id = "passkey-error";
            box.className = "flash flash--error";
            box.setAttribute("role", "alert");
            box.tabIndex = -1;
            near.insertAdjacentElement("afterend", box);
        }
        return box;
    }

    function showError(error, near) {
        const box = errorBox(near);
        const message = error && error.name === "NotAllowedError"
            ? "The passkey request was cancelled or timed out. Try again when you are ready."
            : (error && error.message) || "Something went wrong with the passkey.";
        if (box) {
            box.textContent = message;
            box.hidden = false;
            box.focus && box.focus();
        } else {
            window.alert(message);
        }
    }

    function ready() {
        if (!supported) {
            return;
        }
        document.querySelectorAll("[data-passkey-unsupported]").forEach(function (note) {
            note.hidden = true;
        });
        ["passkey-sign-in", "passkey-confirm"].forEach(function (id) {
            const button = document.getElementById(id);
            if (!button) {
                return;
            }
            button.hidden = false;
            button.addEventListener("click", function () {
                button.disabled = true;
                signIn().catch(function (error) {
                    showError(error, button);
                }).finally(function () {
                    button.disabled = false;
                });
            });
        });
        const form = document.getElementById("passkey-register");
        if (form) {
            const fieldset = form.querySelector("fieldset");
            fieldset.disabled = false;
            form.addEventListener("submit", function (event) {
                event.preventDefault();
                const label = form.querySelector("input[name=label]").value.trim();
                if (!label) {
                    showError(new Error("Give the passkey a name first, such as the device it lives on."));
                    return;
                }
                fieldset.disabled = true;
                register(label).then(function () {
                    window.location.assign(form.getAttribute("data-done"));
                }).catch(function (error) {
                    fieldset.disabled = false;
                    showError(error);
                });
            });
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", ready);
    } else {
        ready();
    }
})();
