// Applies the configured branding at once (title, accent colour and a readable text colour on it).
(function () {
  'use strict';
  var config = window.GRACIOUSBOT_CONFIG;
  if (!config) {
    return;
  }

  function onAccent(hex) {
    var value = hex.replace('#', '');
    if (value.length === 3) {
      value = value.replace(/./g, '$&$&');
    }
    var channels = [0, 2, 4].map(function (i) {
      var c = parseInt(value.substr(i, 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    var luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    // White text when it contrasts better than near-black text does.
    return (1.05 / (luminance + 0.05)) >= ((luminance + 0.05) / 0.05) ? '#ffffff' : '#111827';
  }

  var root = document.documentElement;
  root.style.setProperty('--accent', config.accentColor);
  root.style.setProperty('--on-accent', onAccent(config.accentColor));
  document.title = config.title;
})();
