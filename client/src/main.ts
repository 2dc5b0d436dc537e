import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

// Before mounting: pages add preload links of their own chunks to <head> as they load.
const build = buildFingerprint();
mount(App, { target: document.getElementById('app')! });

// The app shell for offline reloads (client/public/sw.js). Production builds only (the dev
// server has no hashed assets), and only where browsers allow service workers: https,
// localhost and 127.0.0.1. A venue laptop on http://<LAN IP> gets none (docs/ARCHITECTURE.md).
// By build mode, like vite.config.ts, not `PROD`: that follows NODE_ENV, and a build started
// by the tests (NODE_ENV=test) must ship what users get.
if (import.meta.env.MODE === 'production' && window.isSecureContext && 'serviceWorker' in navigator) {
  navigator.serviceWorker.register(`/sw.js?v=${build}`).catch(() => {
    // Offline, or blocked by the browser: the page works without it, just not reloaded offline.
  });
}

/**
 * Names the build: the hashed assets index.html references. A new deploy changes them, so
 * the service worker is registered under a new version, which replaces the cached shell.
 */
function buildFingerprint(): string {
  const assets = [...document.querySelectorAll('script[src^="/assets/"], link[href^="/assets/"]')]
    .map((element) => element.getAttribute('src') ?? element.getAttribute('href'))
    .join(' ');
  let hash = 0x811c9dc5;
  for (let i = 0; i < assets.length; i++) hash = Math.imul(hash ^ assets.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}
