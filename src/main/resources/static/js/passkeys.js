// Passkeys (WebAuthn): adding one on the passkeys page, signing in with one on the sign-in page. The server's side is
// Spring Security's: it hands out options as JSON, bytes in base64url, and takes the browser's answer back the same
// way; this file turns the one into what navigator.credentials wants and the other into JSON, and says in words what
// went wrong.
(() => {
  const fromBase64url = (text) => {
    const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
    const binary = window.atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes.buffer;
  };

  const toBase64url = (buffer) => {
    let binary = '';
    new Uint8Array(buffer).forEach((byte) => { binary += String.fromCharCode(byte); });
    return window.btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  };

  const supported = () => Boolean(window.PublicKeyCredential && navigator.credentials
    && typeof navigator.credentials.create === 'function' && typeof navigator.credentials.get === 'function');

  // A failure to tell the user in these words.
  class Problem extends Error {}

  // Every request carries the page's CSRF token, as htmx's do.
  const post = async (url, body) => {
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      headers[header.content] = token.content;
    }
    try {
      return await fetch(url, {
        method: 'POST', headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (offline) {
      throw new Problem('The server could not be reached. Check your connection and try again.');
    }
  };

  // The JSON of a good answer; otherwise the server's message, or the one given for this step.
  const answer = async (response, otherwise) => {
    if (response.status === 429) {
      const minutes = Math.max(1, Math.ceil((Number(response.headers.get('Retry-After')) || 60) / 60));
      throw new Problem(`Too many attempts. Please wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`);
    }
    if (response.status === 403) {
      throw new Problem('This page is out of date. Reload it and try again.');
    }
    let body = null;
    try {
      body = await response.json();
    } catch (notJson) {
      body = null;
    }
    if (!response.ok || body === null) {
      throw new Problem((body && body.message) || otherwise);
    }
    return body;
  };

  // What the browser's refusal means, in words.
  const refusal = (error, cancelled) => {
    switch (error && error.name) {
      case 'NotAllowedError':
      case 'AbortError':
        return cancelled;
      case 'InvalidStateError':
        return 'This device already has a passkey for your account. Use it to sign in, or remove it below first.';
      case 'SecurityError':
        return 'Passkeys do not work at this address of the app. Ask whoever runs it to check its address setting.';
      case 'NotSupportedError':
        return 'This device cannot make a passkey that checks your fingerprint, face or PIN.';
      default:
        return 'The browser could not use a passkey. Try again, or use another device or browser.';
    }
  };

  const show = (box, message, kind = 'danger') => {
    box.classList.remove('alert-danger', 'alert-warning');
    box.classList.add(`alert-${kind}`);
    box.textContent = message;
    box.hidden = false;
  };

  // Runs one ceremony with the button busy, and shows what went wrong.
  const ceremony = (button, box, cancelled, steps) => async () => {
    box.hidden = true;
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    try {
      await steps();
    } catch (error) {
      show(box, error instanceof Problem ? error.message : refusal(error, cancelled));
    } finally {
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  };

  const credentials = (list) => (list || []).map((credential) => ({ ...credential, id: fromBase64url(credential.id) }));

  const signIn = async () => {
    const options = await answer(await post('/webauthn/authenticate/options'),
      'Passkey sign-in is not available right now. Sign in with your password.');
    // the browser's refusal (cancelled, no passkey here) goes up as it is, for refusal() to put into words
    const credential = await navigator.credentials.get({
      publicKey: { ...options, challenge: fromBase64url(options.challenge), allowCredentials: credentials(options.allowCredentials) },
    });
    const { response } = credential;
    const result = await answer(await post('/login/webauthn', {
      id: credential.id,
      rawId: toBase64url(credential.rawId),
      type: credential.type,
      response: {
        authenticatorData: toBase64url(response.authenticatorData),
        clientDataJSON: toBase64url(response.clientDataJSON),
        signature: toBase64url(response.signature),
        ...(response.userHandle ? { userHandle: toBase64url(response.userHandle) } : {}),
      },
      clientExtensionResults: credential.getClientExtensionResults(),
      authenticatorAttachment: credential.authenticatorAttachment,
    }), 'That passkey did not sign you in: it may have been removed from your account.');
    window.location.assign(result.redirectUrl || '/dashboard');
  };

  const add = async (label, password) => {
    await answer(await post('/profile/passkeys/confirm', { password }),
      'Your password could not be checked. Reload the page and try again.');
    const options = await answer(await post('/webauthn/register/options'),
      'A passkey cannot be added right now. Reload the page and try again.');
    const credential = await navigator.credentials.create({
      publicKey: {
        ...options,
        challenge: fromBase64url(options.challenge),
        user: { ...options.user, id: fromBase64url(options.user.id) },
        excludeCredentials: credentials(options.excludeCredentials),
      },
    });
    const { response } = credential;
    await answer(await post('/webauthn/register', {
      publicKey: {
        label,
        credential: {
          id: credential.id,
          rawId: toBase64url(credential.rawId),
          type: credential.type,
          response: {
            attestationObject: toBase64url(response.attestationObject),
            clientDataJSON: toBase64url(response.clientDataJSON),
            transports: typeof response.getTransports === 'function' ? response.getTransports() : [],
          },
          clientExtensionResults: credential.getClientExtensionResults(),
          authenticatorAttachment: credential.authenticatorAttachment,
        },
      },
    }), 'The passkey could not be added. Try again, or use another device or browser.');
    window.location.assign(`${window.location.pathname}?added`);
  };

  // The button on the sign-in page, and on the sign-in code page (a passkey in place of the code).
  const signInBox = document.querySelector('[data-passkey-sign-in]');
  if (signInBox) {
    const button = signInBox.querySelector('[data-passkey-button]');
    const box = signInBox.querySelector('[data-passkey-message]');
    if (!supported()) {
      button.disabled = true;
      show(box, 'This browser cannot use passkeys.', 'warning');
    } else {
      button.addEventListener('click', ceremony(button, box,
        'No passkey was used: the request was cancelled or timed out, or this device has no passkey for ExpenSync.',
        signIn));
    }
  }

  // The passkeys page's form: a name first, then the browser makes the passkey.
  const addForm = document.querySelector('form[data-passkey-add]');
  if (addForm) {
    const button = addForm.querySelector('[data-passkey-button]');
    const box = addForm.parentElement.querySelector('[data-passkey-message]');
    const name = addForm.querySelector('input[name="label"]');
    if (!supported()) {
      button.disabled = true;
      show(box, 'This browser cannot make passkeys. Use a current Chrome, Edge, Firefox or Safari, or another device.',
        'warning');
    }
    const password = addForm.querySelector('input[name="password"]');
    [name, password].forEach((field) => field.addEventListener('input', () => field.classList.remove('is-invalid')));
    addForm.addEventListener('submit', (event) => {
      event.preventDefault();
      const label = name.value.trim();
      const missing = [name, password].filter((field) => !field.value.trim());
      [name, password].forEach((field) => {
        field.classList.toggle('is-invalid', missing.includes(field));
        if (missing.includes(field)) {
          field.setAttribute('aria-invalid', 'true');
        } else {
          field.removeAttribute('aria-invalid');
        }
      });
      if (missing.length > 0) {
        missing[0].focus();
        return;
      }
      ceremony(button, box, 'No passkey was added: the request was cancelled or timed out.',
        () => add(label, password.value))();
    });
  }
})();
