/* The Sésame page: gets a token, opens (or resumes) a Direct Line conversation on this server and
   renders Bot Framework Web Chat in the chosen language. Plain script: no build step, no CDN. */
(function () {
  'use strict';
  var LOCALES = { fr: 'fr-FR', nl: 'nl-NL', de: 'de-DE', en: 'en-US' };
  var SPOKEN = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-GB' };
  var messages = JSON.parse(document.getElementById('page-messages').textContent);
  var storedLang = localStorage.getItem('sesame.language');
  var browserLang = (navigator.language || 'fr').slice(0, 2);
  var lang = LOCALES[storedLang] ? storedLang : LOCALES[browserLang] ? browserLang : 'fr';
  // The language the picker shows (picked, or the browser's): the bot is told, and the welcome and the
  // chat follow it over a language remembered from an earlier conversation.
  var picked = SPOKEN[lang];
  var CONVERSATION_KEY = 'sesame.conversation';

  function text(id, value) { document.getElementById(id).textContent = value; }
  function words() {
    var m = messages[lang];
    // The regional tag (fr-BE...), for screen readers and hyphenation: the page speaks the chat's language.
    document.documentElement.lang = SPOKEN[lang];
    text('tagline', m.tagline);
    text('intro', m.intro);
    text('language-label', m.language);
    text('new-conversation', m.newConversation);
  }

  var select = document.getElementById('language');
  select.value = lang;
  select.addEventListener('change', function () {
    localStorage.setItem('sesame.language', select.value);
    // The same conversation carries on in the new language.
    location.reload();
  });
  document.getElementById('new-conversation').addEventListener('click', function () {
    sessionStorage.removeItem(CONVERSATION_KEY);
    location.reload();
  });
  words();
  text('status', messages[lang].connecting);

  var styleOptions = {
    accent: '#005a9c',
    botAvatarInitials: 'S',
    botAvatarBackgroundColor: '#005a9c',
    bubbleBackground: '#eef3f8',
    bubbleBorderRadius: 8,
    bubbleFromUserBackground: '#005a9c',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 8,
    bubbleMaxWidth: 560,
    hideUploadButton: true,
    sendBoxButtonColor: '#005a9c',
    // Starters wrap onto lines rather than hide in a carousel on a phone.
    suggestedActionLayout: 'flow',
    suggestedActionBorderColor: '#00a19a',
    suggestedActionTextColor: '#005a9c',
    primaryFont: '"Segoe UI", "Helvetica Neue", Arial, sans-serif',
  };

  var chat = document.getElementById('webchat');

  function start(resume) {
    fetch('/api/webchat/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locale: SPOKEN[lang] }),
    })
      .then(function (res) {
        if (!res.ok) throw new Error('token ' + res.status);
        return res.json();
      })
      .then(function (session) {
        var saved = null;
        try { saved = JSON.parse(sessionStorage.getItem(CONVERSATION_KEY) || 'null'); } catch (e) { saved = null; }
        var resumed = resume && saved && saved.userId === session.userId ? saved.conversationId : undefined;
        var directLine = window.WebChat.createDirectLine({
          domain: location.origin + '/v3/directline',
          token: session.token,
          conversationId: resumed,
          webSocket: true,
        });
        directLine.connectionStatus$.subscribe(function (status) {
          // 2 online: remember the conversation so a reload resumes it; 4 failed, 5 ended: start a new one.
          if (status === 2 && directLine.conversationId) {
            sessionStorage.setItem(CONVERSATION_KEY, JSON.stringify({ userId: session.userId, conversationId: directLine.conversationId }));
          } else if ((status === 4 || status === 5) && resumed) {
            sessionStorage.removeItem(CONVERSATION_KEY);
            directLine.end();
            start(false);
          }
        });
        window.sesameDirectLine = directLine;
        window.WebChat.renderWebChat(
          {
            directLine: directLine,
            userID: session.userId,
            username: session.userName,
            locale: LOCALES[lang],
            styleOptions: styleOptions,
            store: window.WebChat.createStore({}, window.SesameTurns.storeMiddleware(chat, messages, lang, picked)),
            renderMarkdown: window.SesameTurns.renderMarkdown,
          },
          chat,
        );
      })
      .catch(function () {
        text('status', messages[lang].noToken);
      });
  }
  start(true);
})();
