// The local demo: Web Chat over the bot's own Direct Line, and a launcher that starts the closing flow for a sample
// support case by sending the closeConversation event, as a customer-support bot would when it hands over.
(function () {
  'use strict';

  var config = window.GRACIOUSBOT_CONFIG;
  var params = new URLSearchParams(window.location.search);
  var transport = params.get('transport') === 'polling' ? 'polling' : 'websocket';

  var STATUS = {
    0: { key: 'idle', text: 'Not connected' },
    1: { key: 'connecting', text: 'Connecting…' },
    2: { key: 'online', text: 'Online' },
    3: { key: 'expired', text: 'Session expired: start over' },
    4: { key: 'failed', text: 'Could not connect: is the bot running?' },
    5: { key: 'ended', text: 'Conversation ended' }
  };

  var elements = {
    cases: document.getElementById('cases'),
    free: document.getElementById('free-chat'),
    restart: document.getElementById('restart'),
    status: document.getElementById('status'),
    caseLabel: document.getElementById('chat-case'),
    empty: document.getElementById('chat-empty'),
    host: document.getElementById('webchat'),
    transportLabel: document.getElementById('transport-label'),
    transportSwitch: document.getElementById('transport-switch')
  };

  var current = null;
  var lastChoice = null;

  applyBranding();
  describeTransport();
  loadSamples();

  elements.free.addEventListener('click', function () {
    start(null, elements.free);
  });
  elements.restart.addEventListener('click', function () {
    if (lastChoice) {
      start(lastChoice.sample, lastChoice.button);
    }
  });

  function applyBranding() {
    document.querySelectorAll('[data-brand]').forEach(function (node) {
      var key = node.getAttribute('data-brand');
      if (key === 'initials') {
        node.textContent = config.botAvatarInitials || config.botName.charAt(0);
      } else if (config[key] !== undefined) {
        node.textContent = config[key];
      }
    });
  }

  function describeTransport() {
    var polling = transport === 'polling';
    elements.transportLabel.textContent = polling ? 'polling' : 'WebSocket';
    var other = new URLSearchParams(params);
    if (polling) {
      other.delete('transport');
    } else {
      other.set('transport', 'polling');
    }
    var query = other.toString();
    elements.transportSwitch.href = window.location.pathname + (query ? '?' + query : '');
    elements.transportSwitch.textContent = polling ? 'Use WebSocket instead' : 'Use polling instead';
  }

  function loadSamples() {
    fetch('/webchat/samples.json', { headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(renderSamples)
      .catch(function () {
        renderSamples([]);
      });
  }

  function renderSamples(samples) {
    elements.cases.textContent = '';
    elements.cases.setAttribute('aria-busy', 'false');
    if (!samples.length) {
      var empty = document.createElement('li');
      empty.className = 'cases__placeholder';
      empty.textContent = 'No sample cases found (dialogs/samples). The free chat still works.';
      elements.cases.appendChild(empty);
      return;
    }

    samples.forEach(function (sample) {
      var item = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'case';
      button.setAttribute('aria-pressed', 'false');
      button.dataset.sample = sample.id;

      var title = document.createElement('span');
      title.className = 'case__title';
      title.textContent = sample.title;
      button.appendChild(title);

      var meta = document.createElement('span');
      meta.className = 'case__meta';
      meta.textContent = [sample.customerName, languageName(sample.locale)].filter(Boolean).join(' · ');
      button.appendChild(meta);

      if (sample.summary) {
        var summary = document.createElement('span');
        summary.className = 'case__summary';
        summary.textContent = sample.summary;
        button.appendChild(summary);
      }

      button.addEventListener('click', function () {
        start(sample, button);
      });
      item.appendChild(button);
      elements.cases.appendChild(item);
    });
  }

  function languageName(locale) {
    if (!locale) {
      return '';
    }
    try {
      return new Intl.DisplayNames([navigator.language || 'en'], { type: 'language' }).of(locale);
    } catch (e) {
      return locale;
    }
  }

  function setStatus(code) {
    var status = STATUS[code] || STATUS[0];
    elements.status.dataset.status = status.key;
    elements.status.querySelector('.status__text').textContent = status.text;
    document.body.dataset.connection = status.key;
  }

  function markChosen(button) {
    document.querySelectorAll('.case[aria-pressed]').forEach(function (other) {
      other.setAttribute('aria-pressed', other === button ? 'true' : 'false');
    });
  }

  function randomId(prefix) {
    var bytes = new Uint8Array(9);
    window.crypto.getRandomValues(bytes);
    return prefix + Array.prototype.map.call(bytes, function (b) {
      return ('0' + b.toString(16)).slice(-2);
    }).join('');
  }

  function stop() {
    if (!current) {
      return;
    }
    current.subscription && current.subscription.unsubscribe();
    try {
      current.directLine.end();
    } catch (e) {
      // Already ended.
    }
    current.element.remove();
    current = null;
  }

  function start(sample, button) {
    if (!window.WebChat) {
      setStatus(4);
      return;
    }

    stop();
    lastChoice = { sample: sample, button: button };
    markChosen(button);
    elements.restart.disabled = false;
    elements.empty.hidden = true;
    elements.caseLabel.textContent = sample ? sample.title + (sample.customerName ? ' · ' + sample.customerName : '') : 'Free chat';
    setStatus(1);

    var locale = (sample && sample.locale) || navigator.language || 'en-US';
    var user = { id: randomId('user-'), name: (sample && sample.customerName) || 'You' };
    var session = { element: document.createElement('div'), directLine: null, subscription: null };
    session.element.className = 'webchat__root';
    elements.host.appendChild(session.element);
    current = session;

    fetch(config.directLineDomain + '/tokens/generate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: user, locale: locale })
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (conversation) {
        if (current !== session) {
          return;
        }
        session.directLine = window.WebChat.createDirectLine({
          domain: window.location.origin + config.directLineDomain,
          token: conversation.token,
          webSocket: transport === 'websocket',
          // Polling is for networks that block WebSockets; twice a second keeps replies snappy on a local bot.
          pollingInterval: 500
        });
        session.subscription = session.directLine.connectionStatus$.subscribe({ next: setStatus });
        window.WebChat.renderWebChat({
          directLine: session.directLine,
          store: createStore(sample),
          userID: user.id,
          username: user.name,
          locale: locale,
          styleOptions: styleOptions()
        }, session.element);
        if (window.matchMedia('(max-width: 56rem)').matches) {
          elements.host.closest('.chat').scrollIntoView({ behavior: 'smooth', block: 'start' });
        }
        elements.host.focus({ preventScroll: true });
      })
      .catch(function () {
        if (current === session) {
          setStatus(4);
        }
      });
  }

  // Sends closeConversation (value: the sample's closing context) once Direct Line is connected, the way a
  // customer-support bot hands the end of a conversation to the GraciousBot skill.
  function createStore(sample) {
    return window.WebChat.createStore({}, function (store) {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED' && sample) {
            setTimeout(function () {
              store.dispatch({
                type: 'WEB_CHAT/SEND_EVENT',
                payload: { name: 'closeConversation', value: sample.context }
              });
            }, 0);
          }
          return next(action);
        };
      };
    });
  }

  function styleOptions() {
    var css = getComputedStyle(document.documentElement);
    var accent = config.accentColor;
    var onAccent = css.getPropertyValue('--on-accent').trim() || '#ffffff';
    return {
      accent: accent,
      backgroundColor: '#ffffff',
      primaryFont: css.getPropertyValue('--font').trim() || 'system-ui, sans-serif',
      botAvatarInitials: config.botAvatarInitials || undefined,
      botAvatarBackgroundColor: accent,
      avatarSize: 36,
      bubbleBackground: '#f1f3f6',
      bubbleBorderWidth: 0,
      bubbleBorderRadius: 14,
      bubbleFromUserBackground: accent,
      bubbleFromUserTextColor: onAccent,
      bubbleFromUserBorderWidth: 0,
      bubbleFromUserBorderRadius: 14,
      hideUploadButton: true,
      sendBoxButtonColor: accent,
      sendBoxButtonColorOnHover: accent,
      sendBoxBorderTop: 'solid 1px #e5e7eb',
      sendBoxHeight: 56,
      suggestedActionLayout: 'flow',
      suggestedActionBackgroundColor: '#ffffff',
      suggestedActionBorderColor: accent,
      suggestedActionBorderRadius: 999,
      suggestedActionTextColor: accent,
      suggestedActionHeight: 36,
      transcriptOverlayButtonBackground: accent,
      rootHeight: '100%',
      rootWidth: '100%'
    };
  }
})();
