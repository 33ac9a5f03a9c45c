/* discret — operator console: login, long-polled queue, case view and operator actions.
   Citizen text is hostile: the DOM is built with createElement/textContent only (never innerHTML). */
'use strict';
(() => {
  const API = '/console/api';
  const CATEGORIES = {
    domestic_violence: 'Violences conjugales', sexual_violence: 'Violences sexuelles',
    harassment: 'Harcèlement', assault: 'Agression', armed_individual: 'Individu armé',
    intrusion: 'Intrusion', theft: 'Vol', burglary: 'Cambriolage', threat: 'Menaces',
    discrimination: 'Discrimination', child_in_danger: 'Enfant en danger',
    missing_person: 'Personne disparue', suspicious_behaviour: 'Comportement suspect', other: 'Autre',
    refused_check: 'Refus de contrôle (R.631-10 CSI)', fire_evacuation: 'Incendie / évacuation',
    pre_complaint: 'Pré-plainte',
  };
  const ZONES = { police: 'Police nationale', gendarmerie: 'Gendarmerie nationale', shared: 'Police / gendarmerie (partagée)', unknown: 'Force inconnue' };
  const OFFENCES = {
    theft: 'Vol', vehicle_theft: 'Vol de véhicule', theft_from_vehicle: 'Vol dans un véhicule', burglary: 'Cambriolage',
    damage: 'Dégradation', fraud: 'Escroquerie', other_property: 'Autre atteinte aux biens',
  };
  const STATES = { waiting: 'En attente', active: 'En cours', closed: 'Clos' };
  const BADGES = [ // [field, css class, label] — most urgent first
    ['agent_alert', 'agent', 'Alerte agent'], ['left_abruptly', 'left', 'A quitté brusquement'],
    ['minor', 'minor', 'Mineur'], ['acting_for_victim', 'victim', 'Pour une victime'],
    ['silent', 'silent', 'Silencieux'], ['patrol_dispatched', 'patrol', 'Patrouille envoyée'],
  ];
  const QUICK_REPLIES = [
    'Nous avons bien reçu votre message. Un policier vous lit.',
    'Restez en sécurité, ne répondez pas si on vous surveille.',
    'Pouvez-vous partager votre position ?',
    'Une patrouille est en route.',
    'Êtes-vous blessé(e) ?',
  ];
  const QUICK_QUESTIONS = [
    { prompt: 'Êtes-vous en sécurité ?', choices: ['Oui', 'Non'] },
    { prompt: "L'agresseur est-il encore présent ?", choices: ['Oui', 'Non', 'Je ne sais pas'] },
    { prompt: 'Y a-t-il des blessés ?', choices: ['Oui', 'Non'] },
  ];
  const SYSTEM_KINDS = new Set(['joined', 'patrol_dispatched', 'closed', 'left_abruptly']);

  let me = null;            // {username, display_name, csrf} — csrf kept in memory only
  let session = 0;          // bumped on login/logout so stale loops and responses stop
  let pollAbort = null;
  let queueItems = [];
  let queueReceivedAt = 0;
  let selectedId = null;
  let caseRequest = 0;
  let transcriptSig = '';
  let actionsKey = '';
  let readPending = false;
  let lastTypingAt = 0;
  let focusReply = false;

  const $ = (id) => document.getElementById(id);
  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function userText(tag, text, cls) { // citizen-controlled text: textContent + dir=auto
    const node = el(tag, 'user-text' + (cls ? ' ' + cls : ''), text == null ? '' : text);
    node.setAttribute('dir', 'auto');
    return node;
  }
  function button(id, cls, label) {
    const b = el('button', cls, label);
    b.type = 'button';
    if (id) b.id = id;
    return b;
  }
  function setError(id, message) { const n = $(id); n.textContent = message || ''; n.hidden = !message; }
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  // ---- formatting -------------------------------------------------------
  const pad = (n) => String(n).padStart(2, '0');
  function fmtClock(secs) { secs = Math.max(0, Math.floor(secs)); return `${pad(Math.floor(secs / 60))}:${pad(secs % 60)}`; }
  function fmtTime(ms) {
    if (!Number.isFinite(ms)) return '—';
    const d = new Date(ms);
    return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  }
  function fmtDuration(secs) {
    if (secs === null || secs === undefined || !Number.isFinite(Number(secs))) return '—';
    const s = Math.round(Number(secs));
    return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${pad(s % 60)} s`;
  }
  function fmtAge(ms) {
    const s = Math.max(0, Math.round((Date.now() - ms) / 1000));
    if (s < 60) return `il y a ${s} s`;
    if (s < 3600) return `il y a ${Math.floor(s / 60)} min`;
    if (s < 86400) return `il y a ${Math.floor(s / 3600)} h ${pad(Math.floor(s / 60) % 60)}`;
    return `le ${new Date(ms).toLocaleDateString('fr-FR')}`;
  }
  const categoryLabel = (code) => CATEGORIES[code] || String(code ?? '');
  function languageLabel(code) {
    if (!code) return '—';
    try { return `${new Intl.DisplayNames(['fr'], { type: 'language' }).of(code)} (${code})`; } catch (_) { return String(code); }
  }

  // ---- API ----------------------------------------------------------------
  class ApiError extends Error {
    constructor(status, code, message) { super(message); this.status = status; this.code = code; }
  }
  async function api(method, path, body, signal) {
    const headers = { Accept: 'application/json' };
    if (method !== 'GET' && me) headers['X-CSRF-Token'] = me.csrf;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(API + path, {
      method, headers, signal, credentials: 'same-origin', cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    let data = null;
    if (res.status !== 204) { try { data = await res.json(); } catch (_) { data = null; } }
    if (!res.ok) {
      const message = data && typeof data.message === 'string' && data.message ? data.message : `Erreur ${res.status}`;
      if (res.status === 401 && path !== '/login') showLogin(path === '/me' ? '' : 'Session expirée : reconnectez-vous.');
      throw new ApiError(res.status, data && data.code, message);
    }
    return data;
  }
  function showActionError(err) {
    if (err && err.status === 401) return; // already back on the login form
    setError('action-error', err instanceof ApiError ? err.message : 'Serveur injoignable, réessayez.');
  }

  // ---- session --------------------------------------------------------------
  function showLogin(message) {
    me = null; session++;
    if (pollAbort) pollAbort.abort();
    pollAbort = null; queueItems = []; selectedId = null; transcriptSig = ''; actionsKey = '';
    $('queue').replaceChildren(); $('case').replaceChildren(); $('stats').replaceChildren();
    reportsList.clear(); preComplaintsList.clear();
    delete $('case').dataset.caseId;
    setError('action-error', '');
    $('app-view').hidden = true; $('login-view').hidden = false;
    $('password').value = '';
    setError('login-error', message);
    document.title = 'discret — console opérateur';
    $('username').focus();
  }
  function showApp(user) {
    me = user; session++;
    $('operator-name').textContent = user.display_name || user.username;
    $('login-view').hidden = true; $('app-view').hidden = false;
    setError('login-error', '');
    renderQueue(); renderCaseEmpty();
    refreshStats();
    pollLoop(session);
  }
  async function onLogin(ev) {
    ev.preventDefault();
    const btn = $('login-button');
    btn.disabled = true; setError('login-error', '');
    try {
      const user = await api('POST', '/login', { username: $('username').value.trim(), password: $('password').value });
      $('password').value = '';
      showApp(user);
    } catch (err) {
      setError('login-error', err.status === 401 ? 'Identifiant ou mot de passe incorrect.'
        : err.status === 429 ? 'Trop de tentatives. Patientez avant de réessayer.'
        : err instanceof ApiError ? err.message : 'Serveur injoignable.');
    } finally { btn.disabled = false; }
  }
  async function onLogout() {
    try { await api('POST', '/logout'); } catch (_) { /* leave anyway */ }
    showLogin('');
  }

  // ---- queue (long poll) ------------------------------------------------------
  async function pollLoop(mySession) {
    let since = 0;
    while (mySession === session) {
      pollAbort = new AbortController();
      try {
        const data = await api('GET', `/queue?since=${since}&wait=25`, undefined, pollAbort.signal);
        if (mySession !== session) return;
        since = Number(data.version) || 0;
        queueItems = Array.isArray(data.items) ? data.items : [];
        queueReceivedAt = Date.now();
        renderQueue();
        refreshStats();
        reportsList.refresh();
        preComplaintsList.refresh();
        if (selectedId !== null) loadCase(selectedId);
      } catch (err) {
        if (mySession !== session || (err && err.status === 401)) return;
        await sleep(2000);
      }
    }
  }
  async function refreshStats() {
    try { renderStats(await api('GET', '/stats')); } catch (_) { /* next queue update retries */ }
  }
  function renderStats(s) {
    const ratio = s.within_two_minutes;
    const parts = [
      ['Dossiers', s.cases], ['Répondus', s.answered], ['En attente', s.waiting_now],
      ['Délai médian de première réponse', fmtDuration(s.median_first_answer_secs)],
      ['P90', fmtDuration(s.p90_first_answer_secs)],
      ['% sous 2 min', ratio === null || ratio === undefined ? '—' : `${Math.round(ratio * 100)} %`],
    ];
    $('stats').replaceChildren(...parts.map(([label, value]) => {
      const item = el('span', 'stat');
      item.append(el('span', 'stat-label', `${label} : `), el('strong', 'stat-value', value ?? '—'));
      return item;
    }));
  }
  function waitNode(secs, closed, origin) {
    const node = el('span', 'wait', fmtClock(Number(secs) || 0));
    if (!closed) { node.dataset.baseSecs = String(Number(secs) || 0); node.dataset.origin = String(origin); }
    return node;
  }
  function badgeRow(item) {
    const row = el('div', 'badges');
    for (const [field, cls, label] of BADGES) if (item[field]) row.append(el('span', `badge ${cls}`, label));
    return row;
  }
  function queueItemNode(item) {
    const state = STATES[item.state] ? item.state : 'unknown';
    const li = el('li', `queue-item state-${state}`);
    li.dataset.caseId = String(item.id);
    li.tabIndex = 0;
    li.setAttribute('role', 'button');
    if (item.id === selectedId) li.classList.add('selected');
    if (me && item.operator === me.username) li.classList.add('mine');
    const top = el('div', 'qi-top');
    top.append(el('span', 'qi-id', `#${item.id}`), el('span', 'qi-category', categoryLabel(item.category)),
      waitNode(item.waiting_secs, item.state === 'closed', queueReceivedAt));
    const meta = el('div', 'qi-meta');
    meta.append(el('span', `qi-state state-${state}`, STATES[item.state] || item.state),
      el('span', 'qi-lang', languageLabel(item.language)), el('span', 'qi-risk', `Risque ${item.risk}`));
    if (item.operator) meta.append(el('span', 'qi-operator', me && item.operator === me.username ? 'Moi' : item.operator));
    if (item.unread > 0) meta.append(el('span', 'unread', `${item.unread} non lu${item.unread > 1 ? 's' : ''}`));
    li.append(top, meta);
    const badges = badgeRow(item);
    if (badges.childElementCount) li.append(badges);
    return li;
  }
  function renderQueue() {
    const list = $('queue');
    const active = document.activeElement;
    const focusedId = active && active.classList && active.classList.contains('queue-item') ? active.dataset.caseId : null;
    const nodes = queueItems.map(queueItemNode);
    if (!nodes.length) nodes.push(el('li', 'queue-empty', 'Aucun dossier.'));
    list.replaceChildren(...nodes);
    if (focusedId) { const n = list.querySelector(`[data-case-id="${CSS.escape(focusedId)}"]`); if (n) n.focus(); }
    const waiting = queueItems.filter((i) => i.state === 'waiting').length;
    $('queue-count').textContent = `${waiting} en attente · ${queueItems.length} au total`;
    document.title = `${waiting ? `(${waiting}) ` : ''}discret — console opérateur`;
  }
  function onQueueActivate(ev) {
    if (ev.type === 'keydown' && ev.key !== 'Enter' && ev.key !== ' ') return;
    const item = ev.target.closest('.queue-item');
    if (!item) return;
    ev.preventDefault();
    openCase(Number(item.dataset.caseId));
  }

  // ---- case pane ----------------------------------------------------------------
  function renderCaseEmpty() {
    const pane = $('case');
    delete pane.dataset.caseId;
    pane.replaceChildren(el('p', 'case-empty', 'Sélectionnez un dossier dans la file.'));
  }
  function openCase(id) {
    if (id !== selectedId) {
      selectedId = id; transcriptSig = ''; actionsKey = ''; lastTypingAt = 0;
      setError('action-error', '');
      delete $('case').dataset.caseId;
      $('case').replaceChildren(el('p', 'case-empty', 'Chargement…'));
    }
    for (const n of document.querySelectorAll('.queue-item')) n.classList.toggle('selected', Number(n.dataset.caseId) === id);
    loadCase(id);
  }
  async function loadCase(id) {
    const req = ++caseRequest;
    try {
      const c = await api('GET', `/cases/${encodeURIComponent(id)}`);
      if (req === caseRequest && id === selectedId && me) renderCase(c);
    } catch (err) {
      if (req !== caseRequest || id !== selectedId || !(err instanceof ApiError)) return; // network: next poll retries
      if (err.status === 404) { selectedId = null; renderCaseEmpty(); }
      showActionError(err);
    }
  }
  function renderCase(c) {
    const pane = $('case');
    if (pane.dataset.caseId !== String(c.id)) {
      pane.dataset.caseId = String(c.id);
      const header = el('div', 'case-header'); header.id = 'case-header';
      const location = el('div', 'case-location'); location.id = 'case-location';
      const transcript = el('ol', 'transcript'); transcript.id = 'transcript';
      const actions = el('div', 'case-actions'); actions.id = 'case-actions';
      pane.replaceChildren(header, location, transcript, actions);
      transcriptSig = ''; actionsKey = '';
    }
    const mine = Boolean(me && c.operator === me.username);
    const closed = c.state === 'closed';
    renderCaseHeader($('case-header'), c, closed);
    renderLocation($('case-location'), c.location, c.places);
    renderTranscript($('transcript'), Array.isArray(c.messages) ? c.messages : []);
    renderActions($('case-actions'), c, mine, closed);
    if (mine && !closed && c.unread > 0 && !readPending && !document.hidden) {
      readPending = true;
      api('POST', `/cases/${c.id}/read`).catch(() => {}).finally(() => { readPending = false; });
    }
  }
  function infoItem(label, value) {
    const item = el('span', 'info');
    item.append(el('span', 'info-label', `${label} : `));
    item.append(value instanceof Node ? value : el('strong', 'info-value', value));
    return item;
  }
  function renderCaseHeader(box, c, closed) {
    const state = STATES[c.state] ? c.state : 'unknown';
    const title = el('h2', 'case-title', `Dossier n° ${c.id}`);
    title.append(el('span', 'case-category', categoryLabel(c.category)), el('span', `case-state state-${state}`, STATES[c.state] || c.state));
    const info = el('div', 'case-info');
    const firstAnswer = Number.isFinite(c.first_answer_ms)
      ? `${fmtTime(c.first_answer_ms)} (${fmtDuration((c.first_answer_ms - c.created_ms) / 1000)})` : '—';
    info.append(infoItem('Langue', languageLabel(c.language)), infoItem('Risque', c.risk),
      infoItem('Attente', waitNode(c.waiting_secs, closed, Date.now())), infoItem('Ouvert à', fmtTime(c.created_ms)),
      infoItem('Première réponse', firstAnswer), infoItem('Opérateur', c.operator || '—'));
    box.replaceChildren(title, badgeRow(c), info);
    if (closed) box.append(el('p', 'closed-info', `Dossier clos — motif : ${c.closed_reason || 'non précisé'}`));
  }
  function locationNode(loc) {
    const lat = Number(loc.lat), lon = Number(loc.lon);
    const node = el('span', 'loc');
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) { node.textContent = 'Position invalide'; return node; }
    let text = `${Math.abs(lat).toFixed(5)} ${lat >= 0 ? 'N' : 'S'}, ${Math.abs(lon).toFixed(5)} ${lon >= 0 ? 'E' : 'O'}`;
    if (Number.isFinite(Number(loc.accuracy_m))) text += ` ±${Math.round(Number(loc.accuracy_m))} m`;
    node.append(el('span', 'loc-coords', text), document.createTextNode(` (${loc.source || 'source inconnue'}`));
    if (Number.isFinite(loc.time_ms)) {
      const age = el('span', 'location-age', fmtAge(loc.time_ms));
      age.dataset.timeMs = String(loc.time_ms);
      node.append(', ', age);
    }
    node.append(') ');
    const link = el('a', 'osm-link', 'Voir sur OpenStreetMap');
    const la = lat.toFixed(5), lo = lon.toFixed(5);
    link.href = `https://www.openstreetmap.org/?mlat=${la}&mlon=${lo}#map=17/${la}/${lo}`;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    node.append(link);
    return node;
  }
  const FORCE = { police: 'Police nationale', gendarmerie: 'Gendarmerie nationale' };
  const ZONE = { police: 'zone police', gendarmerie: 'zone gendarmerie', shared: 'zone partagée police / gendarmerie',
    unknown: 'force compétente inconnue' };
  const BEARING = ['N', 'NE', 'E', 'SE', 'S', 'SO', 'O', 'NO'];
  function fmtDistance(m) { return m >= 1000 ? `${(m / 1000).toFixed(1).replace('.', ',')} km` : `${Math.round(m)} m`; }
  function placesNode(p) { // the desk's assessment of the location (places index)
    const box = el('div', 'places');
    box.id = 'case-places';
    if (p.coverage && p.coverage.kind === 'outside') {
      box.append(el('p', 'places-outside', `Hors zone couverte (mer ou étranger) : orienter vers le ${p.emergency_number}.`));
      return box;
    }
    const head = el('p', 'places-head');
    const commune = p.commune ? `${p.commune.name}${p.commune.postcode ? ` (${p.commune.postcode})` : ''}` : 'commune inconnue';
    head.append(el('strong', 'places-commune', commune), document.createTextNode(` — ${ZONE[p.zone] || p.zone}`));
    box.append(head);
    const q = p.quality || {};
    const flags = [];
    if (q.stale) flags.push('position ancienne');
    if (q.imprecise) flags.push('position imprécise');
    if (q.future) flags.push("horloge du téléphone fausse");
    if (q.near_border) flags.push('près d’une limite de commune : vérifier la compétence');
    if (p.coverage && p.coverage.kind === 'near_coast') flags.push(`en bord de côte (${fmtDistance(p.coverage.distance_m)})`);
    if (flags.length) box.append(el('p', 'places-flags', `⚠ ${flags.join(' · ')}`));
    if (Array.isArray(p.competent) && p.competent.length) {
      box.append(el('p', 'places-competent', `Service compétent : ${p.competent.map((s) =>
        `${s.name}${s.phone ? ` (${s.phone})` : ''}`).join(' ; ')}`));
    }
    if (Array.isArray(p.nearest) && p.nearest.length) {
      const list = el('ol', 'places-nearest');
      for (const s of p.nearest) {
        const dir = BEARING[Math.round(((Number(s.bearing_deg) % 360) + 360) % 360 / 45) % 8];
        let text = `${s.name} — ${FORCE[s.force] || s.force}, ${fmtDistance(Number(s.distance_m))} ${dir}`;
        if (s.approximate) text += ' (position approximative : mairie)';
        if (s.opening) text += ` — ${s.opening}`;
        if (s.phone) text += ` — ${s.phone}`;
        list.append(el('li', '', text));
      }
      box.append(el('p', 'places-label', 'Unités les plus proches :'), list);
      if (p.nearest.some((s) => s.attribution)) box.append(el('p', 'muted places-attribution', '© OpenStreetMap contributors'));
    }
    return box;
  }
  function renderLocation(box, loc, places) {
    box.classList.toggle('none', !loc);
    if (!loc) { box.replaceChildren(el('span', 'muted', 'Position non partagée')); return; }
    box.replaceChildren(el('span', 'loc-label', 'Position : '), locationNode(loc));
    if (places) box.append(placesNode(places));
  }
  const LANG_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
  const validLang = (tag) => typeof tag === 'string' && LANG_TAG.test(tag);
  function langText(text, lang, cls) { // untrusted text (citizen or translation provider)
    const node = userText('div', text, cls);
    if (validLang(lang)) node.lang = lang;
    return node;
  }
  const TRANSLATION_ERRORS = {
    timeout: 'délai dépassé', unreachable: 'service injoignable', refused: 'refusée par le service',
    bad_answer: 'réponse inutilisable', invalid_input: 'texte non traduisible', no_runtime: 'non lancée',
  };
  function translationNote(t, sentAsWritten) {
    const why = TRANSLATION_ERRORS[t.error] || 'erreur';
    return el('div', 'tr-note unavailable', sentAsWritten
      ? `Traduction indisponible (${why}) — envoyé tel quel en français`
      : `Traduction indisponible (${why})`);
  }
  function sideBySide(leftLabel, left, rightLabel, right) {
    const grid = el('div', 'side-by-side');
    const col = (label, node) => { const c = el('div', 'tr-col'); c.append(el('div', 'tr-label', label), node); return c; };
    grid.append(col(leftLabel, left), col(rightLabel, right));
    return grid;
  }
  function detectedInfo(b) {
    const parts = [];
    const d = b.detected;
    if (d && validLang(d.language) && Number.isFinite(Number(d.confidence))) {
      const conf = Number(d.confidence).toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      parts.push(`détecté : ${d.language} (${conf})${d.reliable ? '' : ', peu sûr'}`);
    } else if (d === null) {
      parts.push('langue non détectée');
    }
    if (validLang(b.language)) parts.push(`déclaré : ${b.language}`);
    return parts.length ? el('div', 'lang-info', parts.join(' · ')) : null;
  }
  function citizenText(body, b) {
    const t = b.translation && typeof b.translation === 'object' ? b.translation : null;
    const source = t && validLang(t.source) ? t.source : (b.detected && b.detected.language) || b.language;
    const original = langText(b.text, source, 'original-text');
    if (t && t.state === 'done') {
      body.append(sideBySide(`Original${validLang(source) ? ` (${source})` : ''}`, original,
        'Traduction (fr)', langText(t.text, 'fr', 'translated-text')));
    } else {
      body.append(original);
      if (t && t.state === 'pending') body.append(el('div', 'tr-note pending', 'Traduction en cours…'));
      if (t && t.state === 'unavailable') body.append(translationNote(t, false));
    }
    const info = detectedInfo(b);
    if (info) body.append(info);
  }
  function operatorText(body, b) {
    const t = b.translation && typeof b.translation === 'object' ? b.translation : null;
    const original = langText(b.text, 'fr', 'original-text');
    if (t && t.state === 'done') {
      const target = validLang(t.target) ? t.target : '?';
      body.append(sideBySide('Écrit (fr)', original, `Envoyé traduit (${target})`, langText(t.text, target, 'translated-text')));
    } else {
      body.append(original);
      if (t && t.state === 'unavailable') body.append(translationNote(t, true));
    }
  }
  function line(parent, label, value, cls) {
    const row = el('div', 'field');
    row.append(`${label} : `, userText('span', value == null ? '' : String(value), cls));
    parent.append(row);
  }
  function dutyAlert(body, b) {
    const site = b.site || {};
    const force = b.competent || {};
    body.append(userText('strong', `Alerte agent : ${CATEGORIES[b.kind] || b.kind}`, 'duty-kind'));
    line(body, 'Site', `${site.name || ''} — ${site.address || ''}`, 'duty-site');
    if (site.notes) line(body, 'Étage / zone', site.notes, 'duty-notes');
    line(body, 'Employeur', site.employer, 'duty-employer');
    line(body, 'PC sécurité', site.control_room_phone, 'duty-phone');
    const source = b.location_source === 'live' ? 'position en direct'
      : `coordonnées du site${(b.fix_problems || []).length ? ` (position ${b.fix_problems.join(', ')})` : ''}`;
    line(body, 'Source de la position', source, 'duty-location-source');
    if (b.location) body.append(locationNode(b.location));
    line(body, 'Force compétente', `${ZONES[force.zone] || force.zone}${force.commune ? ` — ${force.commune}` : ''}`, 'duty-force');
    for (const service of Array.isArray(force.services) ? force.services : []) line(body, 'Service', service, 'duty-service');
  }
  function preComplaint(body, b) {
    const d = b.declarant || {};
    body.append(userText('strong', `Pré-plainte ${b.receipt || ''}`, 'pc-receipt'));
    line(body, 'Faits', `${OFFENCES[b.offence] || b.offence}, le ${b.facts_date || '?'} — ${b.facts_place || ''}`, 'pc-facts');
    line(body, 'Déclarant', `${d.surname || ''} ${d.given_names || ''}, né(e) le ${d.birth_date || '?'}`, 'pc-declarant');
    line(body, 'Adresse', `${d.address || ''}, ${d.postcode || ''} ${d.city || ''}`, 'pc-address');
    line(body, 'Contact', [d.email, d.phone].filter(Boolean).join(' / '), 'pc-contact');
    line(body, 'Rendez-vous', b.station_name, 'pc-station');
    body.append(userText('p', b.description || '', 'pc-description'));
    const items = el('ul', 'pc-items');
    for (const it of Array.isArray(b.items) ? b.items : []) {
      const value = it.value_cents == null ? '' : ` — ${(it.value_cents / 100).toFixed(2)} €`;
      items.append(userText('li', `${it.label}${value}${it.serial ? ` — n° ${it.serial}` : ''}`, 'pc-item'));
    }
    body.append(items);
  }
  function messageBody(kind, b, prompts, author) {
    const body = el('div', 'msg-body');
    switch (kind) {
      case 'text':
        if (author === 'citizen') citizenText(body, b); else operatorText(body, b);
        break;
      case 'location': body.append('Position partagée : ', locationNode(b)); break;
      case 'tap_answer': {
        const prompt = prompts.get(String(b.question_id));
        if (prompt !== undefined) body.append(userText('div', `« ${prompt} »`, 'question-ref'));
        body.append('Réponse : ', userText('strong', b.answer, 'answer'));
        break;
      }
      case 'tap_question': {
        body.append('Question : ', userText('strong', b.prompt, 'prompt'));
        const choices = el('ul', 'choices');
        for (const choice of Array.isArray(b.choices) ? b.choices : []) choices.append(userText('li', choice, 'choice'));
        body.append(choices);
        break;
      }
      case 'joined': body.textContent = `Pris en charge par ${b.operator || 'un opérateur'}`; break;
      case 'patrol_dispatched': body.textContent = `Patrouille envoyée${b.note ? ` — ${b.note}` : ''}`; break;
      case 'closed': body.textContent = `Dossier clos${b.reason ? ` — motif : ${b.reason}` : ''}`; break;
      case 'left_abruptly': body.textContent = 'Le citoyen a quitté brusquement la conversation.'; break;
      case 'duty_alert': dutyAlert(body, b); break;
      case 'pre_complaint': preComplaint(body, b); break;
      default: body.append(userText('pre', JSON.stringify(b)));
    }
    return body;
  }
  function messageNode(m, prompts) {
    const kind = String(m.kind);
    const side = SYSTEM_KINDS.has(kind) ? 'system' : m.author === 'operator' ? 'from-operator' : 'from-citizen';
    const li = el('li', `msg ${side}`);
    li.dataset.kind = kind;
    if (m.author === 'citizen' && !m.read) li.classList.add('unread');
    const meta = el('div', 'msg-meta');
    meta.append(el('span', 'msg-time', fmtTime(m.at_ms)));
    if (side !== 'system') meta.append(el('span', 'msg-author', m.author === 'operator' ? 'Opérateur' : 'Citoyen'));
    if (side === 'from-operator' && m.read) meta.append(el('span', 'msg-read', '✓ lu'));
    li.append(meta, messageBody(kind, m.body || {}, prompts, m.author));
    return li;
  }
  function renderTranscript(list, messages) {
    const sig = JSON.stringify(messages);
    if (sig === transcriptSig) return; // unchanged: keep selection and scroll
    const atBottom = !transcriptSig || list.scrollHeight - list.scrollTop - list.clientHeight < 60;
    transcriptSig = sig;
    const prompts = new Map();
    for (const m of messages) if (m.kind === 'tap_question' && m.body) prompts.set(String(m.message_id), m.body.prompt);
    list.replaceChildren(...messages.map((m) => messageNode(m, prompts)));
    if (!messages.length) list.append(el('li', 'transcript-empty', 'Aucun message.'));
    if (atBottom) list.scrollTop = list.scrollHeight;
  }

  // ---- actions ----------------------------------------------------------------------
  async function act(btn, action, body) {
    const id = selectedId;
    if (id === null) return false;
    if (btn) btn.disabled = true;
    try {
      await api('POST', `/cases/${encodeURIComponent(id)}/${action}`, body);
      setError('action-error', '');
      if (id === selectedId) loadCase(id);
      return true;
    } catch (err) {
      showActionError(err);
      return false;
    } finally { if (btn) btn.disabled = false; }
  }
  async function sendReply() {
    const ta = $('reply-text'), send = $('send-button');
    const text = ta.value.trim();
    if (!text || send.disabled) return;
    ta.value = '';
    const ok = await act(send, 'reply', { text });
    if (!ok && !ta.value) ta.value = text; // give the text back on failure
    ta.focus();
  }
  function notifyTyping() {
    const now = Date.now();
    if (selectedId === null || now - lastTypingAt < 3000 || !$('reply-text').value.trim()) return;
    lastTypingAt = now;
    api('POST', `/cases/${encodeURIComponent(selectedId)}/typing`).catch(() => {});
  }
  async function askCustom(ev) {
    ev.preventDefault();
    const prompt = $('question-prompt').value.trim();
    const choices = $('question-choices').value.split(',').map((s) => s.trim()).filter(Boolean);
    if (!prompt) return setError('action-error', 'Saisissez la question.');
    if (choices.length < 2 || choices.length > 6) return setError('action-error', 'Indiquez entre 2 et 6 choix séparés par des virgules.');
    if (await act($('ask-button'), 'ask', { prompt, choices })) { $('question-prompt').value = ''; $('question-choices').value = ''; }
  }
  function input(id, placeholder) {
    const node = el('input');
    node.id = id; node.type = 'text'; node.placeholder = placeholder; node.setAttribute('dir', 'auto');
    return node;
  }
  function renderActions(box, c, mine, closed) {
    const key = `${c.id}|${mine}|${closed}|${c.operator || ''}`;
    if (key === actionsKey) return; // keep the draft reply and inputs intact
    actionsKey = key;
    box.replaceChildren();
    if (closed) return;
    if (!mine) {
      if (c.operator) box.append(el('p', 'taken-by', `Pris en charge par ${c.operator}`));
      const take = button('take-button', 'primary', 'Prendre en charge');
      take.addEventListener('click', async () => { focusReply = await act(take, 'take'); });
      box.append(take);
      return;
    }
    const replyRow = el('div', 'reply-row');
    const ta = el('textarea');
    ta.id = 'reply-text'; ta.rows = 3; ta.setAttribute('dir', 'auto');
    ta.placeholder = 'Votre réponse… (Entrée : envoyer, Maj+Entrée : nouvelle ligne)';
    ta.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); sendReply(); }
    });
    ta.addEventListener('input', notifyTyping);
    const send = button('send-button', 'primary', 'Envoyer');
    send.addEventListener('click', sendReply);
    replyRow.append(ta, send);

    const quickReplies = el('div', 'quick-row quick-replies');
    for (const text of QUICK_REPLIES) {
      const b = button(null, 'quick-reply', text);
      b.addEventListener('click', () => act(b, 'reply', { text }));
      quickReplies.append(b);
    }
    const quickQuestions = el('div', 'quick-row quick-questions');
    for (const q of QUICK_QUESTIONS) {
      const b = button(null, 'quick-question', `${q.prompt} [${q.choices.join(' / ')}]`);
      b.addEventListener('click', () => act(b, 'ask', { prompt: q.prompt, choices: q.choices }));
      quickQuestions.append(b);
    }
    const form = el('form', 'question-form');
    form.id = 'question-form';
    const ask = el('button', null, 'Poser la question');
    ask.id = 'ask-button'; ask.type = 'submit';
    form.append(input('question-prompt', 'Question à choix'), input('question-choices', 'Choix séparés par des virgules (2 à 6)'), ask);
    form.addEventListener('submit', askCustom);

    const endRow = el('div', 'end-row');
    const note = input('dispatch-note', 'Note patrouille (facultatif)');
    const dispatch = button('dispatch-button', 'dispatch', 'Patrouille envoyée');
    dispatch.addEventListener('click', async () => {
      const text = note.value.trim();
      if (await act(dispatch, 'dispatch', text ? { note: text } : {})) note.value = '';
    });
    const reason = input('close-reason', 'Motif de clôture (facultatif)');
    const close = button('close-button', 'danger', 'Clore');
    close.addEventListener('click', () => { const r = reason.value.trim(); act(close, 'close', r ? { reason: r } : {}); });
    endRow.append(note, dispatch, reason, close);

    box.append(replyRow, quickReplies, quickQuestions, form, endRow);
    if (focusReply) { focusReply = false; ta.focus(); }
  }

  // ---- anonymous reports ("Signalements") --------------------------------------------------
  const REPORT_CATEGORIES = {
    drug_dealing: 'Point de deal', urban_rodeo: 'Rodéo urbain', animal_abuse: 'Maltraitance animale',
    vandalism: 'Dégradations', suspicious_behaviour: 'Comportement suspect', other: 'Autre',
  };
  // A side list (reports, pre-complaints) redrawn only when its items changed.
  function sideList(path, listId, countId, nodeOf, emptyText) {
    let sig = '';
    return {
      async refresh() {
        try {
          const data = await api('GET', path);
          const items = Array.isArray(data.items) ? data.items : [];
          const now = JSON.stringify(items);
          if (now === sig) return;
          sig = now;
          $(countId).textContent = `${items.length}`;
          const nodes = items.map(nodeOf);
          if (!nodes.length) nodes.push(el('li', 'queue-empty', emptyText));
          $(listId).replaceChildren(...nodes);
        } catch (_) { /* next queue update retries */ }
      },
      clear() { sig = ''; $(listId).replaceChildren(); },
    };
  }
  const reportsList = sideList('/reports', 'reports', 'reports-count', reportNode, 'Aucun signalement.');
  function reportNode(r) { // citizen-controlled fields: textContent only
    const li = el('li', 'report-item');
    li.dataset.reportId = String(r.id);
    const top = el('div', 'qi-top');
    top.append(el('span', 'qi-id', r.receipt),
      el('span', 'qi-category', r.state === 'unreadable' ? 'Illisible' : (REPORT_CATEGORIES[r.category] || String(r.category ?? ''))));
    li.append(top);
    if (r.state !== 'received') return li;
    const meta = el('div', 'qi-meta');
    if (r.occurred_at_ms) meta.append(el('span', 'report-when', `Faits : ${new Date(r.occurred_at_ms).toLocaleString('fr-FR')}`));
    if (r.place) {
      const where = `${Number(r.place.latitude).toFixed(4)}, ${Number(r.place.longitude).toFixed(4)}`;
      meta.append(el('span', 'report-where', r.place.coarse ? `≈ ${where} (à 1 km près)` : where));
    } else meta.append(el('span', 'report-where', 'Lieu non indiqué'));
    li.append(meta);
    if (r.text) li.append(userText('p', r.text, 'report-text'));
    (r.photos || []).forEach((mime, n) => {
      const img = el('img', 'report-photo');
      img.alt = `Photo ${n + 1}`;
      img.src = `${API}/reports/${encodeURIComponent(r.id)}/photos/${n}`;
      li.append(img);
    });
    return li;
  }

  // ---- pre-complaints ("Pré-plaintes"): each opens its case ------------------------------
  const preComplaintsList = sideList('/pre-complaints', 'pre-complaints', 'pre-complaints-count',
    preComplaintNode, 'Aucune pré-plainte.');
  function preComplaintNode(p) { // citizen-controlled fields: textContent only
    const li = el('li', 'queue-item pc-row');
    li.dataset.caseId = String(p.case_id);
    li.tabIndex = 0;
    li.setAttribute('role', 'button');
    const top = el('div', 'qi-top');
    const offence = Object.hasOwn(OFFENCES, p.offence) ? OFFENCES[p.offence] : String(p.offence ?? '');
    top.append(el('span', 'qi-id', p.receipt), el('span', 'qi-category', offence),
      el('span', 'qi-state', STATES[p.state] || String(p.state ?? '')));
    const meta = el('div', 'qi-meta');
    meta.append(userText('span', p.surname, 'pc-surname'), userText('span', `Faits : ${p.facts_date}`, 'pc-date'),
      userText('span', p.station_name, 'pc-station-name'));
    li.append(top, meta);
    return li;
  }

  // ---- clocks & start-up ------------------------------------------------------------------
  function tick() {
    const now = Date.now();
    for (const n of document.querySelectorAll('[data-base-secs]')) {
      n.textContent = fmtClock(Number(n.dataset.baseSecs) + (now - Number(n.dataset.origin)) / 1000);
    }
    for (const n of document.querySelectorAll('[data-time-ms]')) n.textContent = fmtAge(Number(n.dataset.timeMs));
  }
  async function init() {
    $('login-form').addEventListener('submit', onLogin);
    $('logout').addEventListener('click', onLogout);
    $('queue').addEventListener('click', onQueueActivate);
    $('queue').addEventListener('keydown', onQueueActivate);
    $('pre-complaints').addEventListener('click', onQueueActivate);
    $('pre-complaints').addEventListener('keydown', onQueueActivate);
    document.addEventListener('visibilitychange', () => { if (!document.hidden && me && selectedId !== null) loadCase(selectedId); });
    setInterval(tick, 1000);
    try {
      showApp(await api('GET', '/me'));
    } catch (err) {
      if (err.status !== 401) showLogin(err instanceof ApiError ? err.message : 'Serveur injoignable.');
    }
  }
  init();
})();
