/* What the page adds to each bot reply, before and after Web Chat renders it: date fields in the
   chosen language, NISS and INAMI numbers kept on one line, and keyboard focus where the answer is expected.
   Plain script: no build step; sesame-chat.js wires it into Web Chat as window.SesameTurns. */
(function () {
  'use strict';
  var ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
  /** A NISS as the bot writes it (85.07.30-033.28) or an INAMI number (710087-50): the hyphen is the only place a line could break. */
  var NUMBER = /\b(?:\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}|\d{6}-\d{2})\b/g;
  var FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';
  /** How long a reply may take to appear on screen before focus gives up on it. */
  var RENDER_WAIT_MS = 3000;

  /**
   * Chromium draws <input type=date> in the browser's own language (mm/dd/yyyy in an English
   * browser), whatever the page's lang says, beside a question asking for jj-mm-aaaa. A text field
   * showing the format the question names avoids that; the bot reads what is typed there
   * ("01-03-2027", "lundi prochain") as it does in the send box. Teams keeps its own date picker.
   */
  function withTextDates(card, dateFormat) {
    var body = (card.body || []).map(function (element) {
      if (element.type !== 'Input.Date') return element;
      var field = { type: 'Input.Text', id: element.id, label: element.label, placeholder: dateFormat, isRequired: element.isRequired };
      if (element.errorMessage) field.errorMessage = element.errorMessage;
      return field;
    });
    return Object.assign({}, card, { body: body });
  }

  /** The format in the language of the question (its activity's locale), as the question itself names it. */
  function withPageCards(activity, messages, pageLanguage) {
    if (!activity.attachments) return activity;
    var dateFormat = (messages[String(activity.locale || '').slice(0, 2)] || messages[pageLanguage]).dateFormat;
    var attachments = activity.attachments.map(function (a) {
      return a.contentType === ADAPTIVE_CARD && a.content ? Object.assign({}, a, { content: withTextDates(a.content, dateFormat) }) : a;
    });
    return Object.assign({}, activity, { attachments: attachments });
  }

  /** Web Chat's markdown, each NISS or INAMI number in a span that CSS keeps whole (a copy is still plain text). */
  function renderMarkdown(markdown, options, more) {
    var html = window.WebChat.renderMarkdown(markdown, options, more);
    return html.replace(/>([^<]+)</g, function (all, text) {
      return '>' + text.replace(NUMBER, '<span class="sesame-number">$&</span>') + '<';
    });
  }

  function sendBox() { return document.querySelector('[data-id="webchat-sendbox-input"]'); }
  function cards(chat) { return chat.querySelectorAll('.ac-adaptiveCard'); }

  /** Focus is nowhere useful: on the page itself, or on a card button the bot has just removed. */
  function focusLost() {
    var active = document.activeElement;
    return !active || active === document.body || !active.isConnected;
  }

  /** Never from the header (language picker...) nor from a half-typed message. */
  function mayMoveFocus(chat) {
    var active = document.activeElement;
    var box = sendBox();
    if (box && active === box && box.value) return false;
    return focusLost() || chat.contains(active);
  }

  /**
   * After a reply to the user, focus moves to where the answer goes: the new card's first input
   * (or button), else the send box. A reply that expects nothing (an activation, a summary card
   * updated in place) moves it only when it was lost, e.g. with the button that was clicked.
   */
  function focusAfterReply(chat, activity, cardsBefore) {
    var expecting = activity.inputHint === 'expectingInput';
    var hasCard = (activity.attachments || []).some(function (a) { return a.contentType === ADAPTIVE_CARD; });
    var waitUntil = Date.now() + RENDER_WAIT_MS;
    function toSendBox() {
      var box = sendBox();
      if (box) box.focus();
    }
    (function attempt() {
      if (!mayMoveFocus(chat)) return;
      var all = cards(chat);
      if (hasCard && all.length > cardsBefore) {
        var first = all[all.length - 1].querySelector(FOCUSABLE);
        if (!first) return toSendBox();
        // The question above the card stays in sight; Web Chat's focus trap then keeps Tab in the card.
        first.focus({ preventScroll: true });
        first.closest('.webchat__basic-transcript__activity').scrollIntoView({ block: 'nearest' });
        return;
      }
      if (!hasCard || (!expecting && focusLost())) {
        if (expecting || focusLost()) toSendBox();
        return;
      }
      // The card is not on screen yet (or was updated in place): look again at the next frame.
      if (Date.now() < waitUntil) requestAnimationFrame(attempt);
      else if (focusLost()) toSendBox();
    })();
  }

  /**
   * Web Chat store middleware: rewrites incoming cards and follows each reply with focus; marks
   * what is sent with the language picked in the page (`pickedLocale`, null when none was picked).
   */
  function storeMiddleware(chat, messages, pageLanguage, pickedLocale) {
    // Only replies to something sent from this page move focus, not the history of a resumed chat.
    var sentFromPage = false;
    return function () {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/POST_ACTIVITY') {
            sentFromPage = true;
            if (pickedLocale) action = withPickedLocale(action, pickedLocale);
          }
          if (action.type !== 'DIRECT_LINE/INCOMING_ACTIVITY') return next(action);
          var activity = withPageCards(action.payload.activity, messages, pageLanguage);
          var fromBot = activity.from && activity.from.role === 'bot' && activity.type === 'message';
          var cardsBefore = cards(chat).length;
          var result = next(Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: activity }) }));
          if (fromBot && sentFromPage) setTimeout(function () { focusAfterReply(chat, activity, cardsBefore); }, 0);
          return result;
        };
      };
    };
  }

  /** The activity posted, with channelData.sesame.pickedLocale (Web Chat keeps channelData it is given). */
  function withPickedLocale(action, pickedLocale) {
    var activity = action.payload.activity;
    var channelData = Object.assign({}, activity.channelData);
    channelData.sesame = Object.assign({}, channelData.sesame, { pickedLocale: pickedLocale });
    return Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: Object.assign({}, activity, { channelData: channelData }) }) });
  }

  window.SesameTurns = { storeMiddleware: storeMiddleware, renderMarkdown: renderMarkdown };
})();
