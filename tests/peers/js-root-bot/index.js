// A root bot written with the official Bot Framework JS SDK (botbuilder 4.23.x), used as a live peer in GraciousBot's
// skill interop tests. It uses the SDK's own skill machinery end to end: CloudAdapter (anonymous), SkillDialog,
// SkillConversationIdFactory and CloudSkillHandler mounted with ChannelServiceRoutes.
//
// Environment:
//   PORT            port to listen on, on 127.0.0.1 (0 = any free port). "READY <port>" is printed on stdout once listening.
//   SKILL_ENDPOINT  the skill's messaging endpoint, e.g. http://127.0.0.1:5123/api/messages
//   SKILL_APP_ID    the skill's app id (empty = anonymous)
//   SKILL_ID        the skill's id in the root (default "graciousbot")
//   LOG_BODIES      "1" logs every JSON body received and sent to the skill (stderr)
//
// What the test (acting as the user's channel) can send to POST /api/messages, with serviceUrl = its own capture server:
//   event  "startClosing"        value = closing context. Begins the SkillDialog with
//                                {type: "event", name: "closeConversation", value}. If the value has
//                                "__expectReplies": true, that flag is removed from the value and the activity goes to
//                                the skill with deliveryMode "expectReplies" (so do the later ones of that dialog).
//                                (The user's own deliveryMode is left alone: it governs how the ROOT answers the user.)
//   event|invoke "startClosingInvoke"  value = closing context. Begins with {type: "invoke", name: "closeConversation",
//                                value}; the SDK sends invokes to skills with expectReplies itself. When the user sent an
//                                invoke, the root's HTTP answer is the invoke response the skill returned (or 501).
//   message "cancel skill"       cancels all dialogs (the SDK sends endOfConversation to the skill), then says
//                                "ROOT: cancelled".
//   any other message            goes to the active SkillDialog (the SDK's default), or "ROOT: no active skill".
//   any other event|invoke       goes to the active SkillDialog too (e.g. a hub's "handoff.status" {state} for a skill
//                                that handed over); with no active skill, an event is ignored.
//
// What the user's channel receives:
//   - everything the skill sends that the SDK relays (messages, typing, ...),
//   - events the skill sends (e.g. handoff.initiate) with name, value, attachments, entities and channelData intact.
//     Under expectReplies the SDK's SkillDialog relays them itself; with normal delivery the SDK hands them to the
//     root's logic instead (dropping their attachments), so this root relays the event as the skill posted it.
//   - "ROOT: skill ended" with value {code, result} when the skill ends (endOfConversation),
//   - "ROOT: cancelled" after "cancel skill", "ROOT: error: ..." when the root's turn failed.
'use strict';

const http = require('http');
const { AsyncLocalStorage } = require('async_hooks');
const {
    ActivityTypes,
    CloudAdapter,
    CloudSkillHandler,
    ChannelServiceRoutes,
    ConfigurationBotFrameworkAuthentication,
    ConversationState,
    DeliveryModes,
    MemoryStorage,
    SkillConversationIdFactory,
    SkillConversationReferenceKey,
} = require('botbuilder');
const { DialogSet, DialogTurnStatus, SkillDialog, WaterfallDialog } = require('botbuilder-dialogs');

const port = Number.parseInt(process.env.PORT || '0', 10);
const skillEndpoint = process.env.SKILL_ENDPOINT || 'http://127.0.0.1:3980/api/messages';
const skillAppId = process.env.SKILL_APP_ID || '';
const skillId = process.env.SKILL_ID || 'graciousbot';
const logBodies = process.env.LOG_BODIES === '1';

const log = (...args) => console.error(new Date().toISOString(), ...args);

// ---- The SDK's skill machinery -------------------------------------------------------------------------------------

// Anonymous: no app id, no password, so no tokens either way (the skill runs anonymous too).
const auth = new ConfigurationBotFrameworkAuthentication({});
const adapter = new CloudAdapter(auth);
const storage = new MemoryStorage();
const conversationState = new ConversationState(storage);
const dialogState = conversationState.createProperty('DialogState');
const conversationIdFactory = new SkillConversationIdFactory(storage);

// The endOfConversation code is not part of what SkillDialog returns (only the value is). The root learns it from the
// endOfConversation turn the skill handler runs (normal delivery), or from the expectReplies body (see below). Keyed by
// the user's conversation id.
const endCodes = new Map();

// A thin decorator of the SDK's own BotFrameworkClient: it only records the endOfConversation code found in an
// expectReplies answer and logs the exchange; the SDK's client does the posting.
const sdkSkillClient = auth.createBotFrameworkClient();
const skillClient = {
    async postActivity(fromBotId, toBotId, toUrl, serviceUrl, conversationId, activity) {
        const userConversationId = activity.conversation && activity.conversation.id;
        log('-> skill', activity.type, activity.name || '', 'deliveryMode=' + (activity.deliveryMode || 'normal'));
        if (logBodies) log('   body (before the SDK readdresses it)', JSON.stringify(activity));
        const response = await sdkSkillClient.postActivity(fromBotId, toBotId, toUrl, serviceUrl, conversationId, activity);
        log('<- skill HTTP', response.status, JSON.stringify(response.body === undefined ? null : response.body));
        const replies = response.body && Array.isArray(response.body.activities) ? response.body.activities : [];
        for (const reply of replies) {
            if (reply.type === ActivityTypes.EndOfConversation && userConversationId) {
                endCodes.set(userConversationId, reply.code);
            }
        }
        return response;
    },
};

const skillDialogOptions = {
    botId: '', // anonymous root
    conversationIdFactory,
    conversationState,
    skill: { id: skillId, appId: skillAppId, skillEndpoint },
    skillClient,
    skillHostEndpoint: '', // set once the server listens (the port may be chosen by the OS)
};

const SKILL_DIALOG = 'skillDialog';
const CLOSING_DIALOG = 'closing';
const dialogs = new DialogSet(dialogState);
dialogs.add(new SkillDialog(skillDialogOptions, SKILL_DIALOG));
dialogs.add(
    new WaterfallDialog(CLOSING_DIALOG, [
        async (step) => step.beginDialog(SKILL_DIALOG, step.options),
        async (step) => {
            const conversationId = step.context.activity.conversation.id;
            const code = endCodes.has(conversationId) ? endCodes.get(conversationId) : null;
            endCodes.delete(conversationId);
            const result = step.result === undefined ? null : step.result;
            await step.context.sendActivity({ type: ActivityTypes.Message, text: 'ROOT: skill ended', value: { code, result } });
            return step.endDialog(result);
        },
    ])
);

function isFromSkill(context) {
    return context.turnState.get(SkillConversationReferenceKey) !== undefined;
}

function closingValue(value) {
    if (value && typeof value === 'object' && !Array.isArray(value) && '__expectReplies' in value) {
        const copy = { ...value };
        const expectReplies = copy.__expectReplies === true;
        delete copy.__expectReplies;
        return { value: copy, expectReplies };
    }
    return { value: value === undefined ? null : value, expectReplies: false };
}

// The root's logic: used for the user's turns (adapter.process) and for the skill's turns (the skill handler runs it
// for endOfConversation and event activities coming from the skill).
async function onTurn(context) {
    const activity = context.activity;
    const dc = await dialogs.createContext(context);

    if (isFromSkill(context)) {
        if (activity.type === ActivityTypes.EndOfConversation) {
            endCodes.set(activity.conversation.id, activity.code);
            log('skill ended', activity.code);
            await dc.continueDialog(); // SkillDialog ends with the value; the waterfall tells the user
        } else if (activity.type === ActivityTypes.Event) {
            // The SDK hands a skill's events to the root's logic instead of sending them to the user (only messages
            // and the like are relayed by the skill handler), and it copies only some fields into that turn: the
            // attachments are lost (SkillHandlerImpl.applySkillActivityToTurnContext). Letting SkillDialog see this
            // turn would post the event back to the skill, so the root relays the event as the skill sent it.
            const original = skillActivityInFlight.getStore() || activity;
            log('relaying skill event', original.name);
            const {
                id, replyToId, serviceUrl, channelId, conversation, from, recipient, callerId, timestamp, localTimestamp,
                ...event
            } = original;
            await context.sendActivity(event);
        }
        await conversationState.saveChanges(context, false);
        return;
    }

    const name = activity.name || '';
    if ((activity.type === ActivityTypes.Event || activity.type === ActivityTypes.Invoke) &&
        (name === 'startClosing' || name === 'startClosingInvoke')) {
        await dc.cancelAllDialogs(); // a new start replaces any flow in progress
        const { value, expectReplies } = closingValue(activity.value);
        const skillActivity = {
            type: name === 'startClosingInvoke' ? ActivityTypes.Invoke : ActivityTypes.Event,
            name: 'closeConversation',
            value,
            locale: activity.locale,
        };
        if (expectReplies) {
            skillActivity.deliveryMode = DeliveryModes.ExpectReplies;
        }
        await dc.beginDialog(CLOSING_DIALOG, { activity: skillActivity });
    } else if (activity.type === ActivityTypes.Message && (activity.text || '').trim().toLowerCase() === 'cancel skill') {
        await dc.cancelAllDialogs(); // SkillDialog.endDialog sends endOfConversation to the skill
        await context.sendActivity('ROOT: cancelled');
    } else {
        const result = await dc.continueDialog();
        if (result.status === DialogTurnStatus.empty && activity.type === ActivityTypes.Message) {
            await context.sendActivity('ROOT: no active skill');
        }
    }

    await conversationState.saveChanges(context, false);
}

adapter.onTurnError = async (context, error) => {
    log('turn error', error && error.stack ? error.stack : error);
    try {
        await conversationState.delete(context);
        await context.sendActivity({ type: ActivityTypes.Message, text: `ROOT: error: ${error && error.message ? error.message : error}` });
    } catch (inner) {
        log('turn error handler failed', inner && inner.stack ? inner.stack : inner);
    }
};

// The activity the skill posted, kept for the turn the SDK runs for it (see the event relay in onTurn).
const skillActivityInFlight = new AsyncLocalStorage();

class RelayingSkillHandler extends CloudSkillHandler {
    onSendToConversation(claimsIdentity, conversationId, activity) {
        return skillActivityInFlight.run(activity, () => super.onSendToConversation(claimsIdentity, conversationId, activity));
    }

    onReplyToActivity(claimsIdentity, conversationId, activityId, activity) {
        return skillActivityInFlight.run(activity, () => super.onReplyToActivity(claimsIdentity, conversationId, activityId, activity));
    }
}

const skillHandler = new RelayingSkillHandler(adapter, onTurn, conversationIdFactory, auth);

// ---- A minimal HTTP server that looks enough like restify/express for the SDK ----------------------------------------

const routes = [];
function addRoute(method, pattern, handler) {
    const names = [];
    const source = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\/:(\w+)/g, (_, n) => {
        names.push(n);
        return '/([^/]+)';
    });
    routes.push({ method, regex: new RegExp(`^${source}/?$`), names, handler });
}

// The WebServer shape ChannelServiceRoutes.register expects.
const webServer = {
    get: (path, handler) => addRoute('GET', path, handler),
    post: (path, handler) => addRoute('POST', path, handler),
    put: (path, handler) => addRoute('PUT', path, handler),
    delete: (path, handler) => addRoute('DELETE', path, handler),
};

function wrapResponse(res) {
    let status = 200;
    let body;
    return {
        raw: res,
        socket: res.socket,
        status(code) {
            status = code;
            return this;
        },
        header(name, value) {
            if (!res.headersSent) res.setHeader(name, value);
            return this;
        },
        send(value) {
            body = value;
            return this;
        },
        end() {
            if (res.writableEnded) return;
            if (res.headersSent) {
                res.end();
                return;
            }
            res.statusCode = status;
            if (body === undefined || body === null) {
                res.end();
            } else if (typeof body === 'string' || Buffer.isBuffer(body)) {
                if (!res.getHeader('content-type')) res.setHeader('content-type', 'text/plain; charset=utf-8');
                res.end(body);
            } else {
                res.setHeader('content-type', 'application/json; charset=utf-8');
                res.end(JSON.stringify(body));
            }
        },
    };
}

function fail(res, status, message) {
    if (res.writableEnded) return;
    if (!res.headersSent) {
        res.statusCode = status;
        res.setHeader('content-type', 'text/plain; charset=utf-8');
    }
    res.end(message || '');
}

function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        req.on('data', (chunk) => {
            size += chunk.length;
            if (size > 1024 * 1024) {
                reject(new Error('body too large'));
                req.destroy();
                return;
            }
            chunks.push(chunk);
        });
        req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        req.on('error', reject);
    });
}

addRoute('GET', '/health', (req, res) => {
    res.status(200);
    res.send({ status: 'ok', botbuilder: require('botbuilder/package.json').version });
    res.end();
});

addRoute('POST', '/api/messages', async (req, res) => {
    // The SDK throws outside its own error handling on a body it cannot validate (e.g. {} with no type): catch it here.
    try {
        await adapter.process(req, res, onTurn);
    } catch (error) {
        log('/api/messages failed', error && error.stack ? error.stack : error);
        fail(res.raw, 400, `Bad request: ${error && error.message ? error.message : error}`);
    }
});

new ChannelServiceRoutes(skillHandler).register(webServer, '/api/skills');

const server = http.createServer(async (req, res) => {
    try {
        const url = new URL(req.url, 'http://127.0.0.1');
        const route = routes.find((r) => r.method === req.method && r.regex.test(url.pathname));
        if (!route) {
            fail(res, 404, 'Not found');
            return;
        }

        const match = route.regex.exec(url.pathname);
        req.params = {};
        route.names.forEach((n, i) => {
            req.params[n] = decodeURIComponent(match[i + 1]);
        });
        req.query = Object.fromEntries(url.searchParams);

        if (req.method === 'POST' || req.method === 'PUT') {
            const text = await readBody(req);
            if (text.length > 0) {
                try {
                    req.body = JSON.parse(text);
                } catch {
                    fail(res, 400, 'Bad request: the body is not JSON.');
                    return;
                }
            }
            if (req.body === null || typeof req.body !== 'object' || Array.isArray(req.body)) {
                fail(res, 400, 'Bad request: the body must be a JSON object.');
                return;
            }
        }

        log(req.method, url.pathname, req.body ? `${req.body.type || '?'} ${req.body.name || ''}` : '');
        if (logBodies && req.body) log('   body', JSON.stringify(req.body));
        await route.handler(req, wrapResponse(res), () => undefined);
    } catch (error) {
        log('request failed', error && error.stack ? error.stack : error);
        fail(res, 500, 'Internal error');
    }
});

process.on('unhandledRejection', (reason) => log('unhandled rejection', reason && reason.stack ? reason.stack : reason));
process.on('uncaughtException', (error) => log('uncaught exception', error && error.stack ? error.stack : error));

server.listen(port, '127.0.0.1', () => {
    const actual = server.address().port;
    skillDialogOptions.skillHostEndpoint = `http://127.0.0.1:${actual}/api/skills`;
    log(`root bot (botbuilder ${require('botbuilder/package.json').version}) on 127.0.0.1:${actual}, skill ${skillId} at ${skillEndpoint}`);
    process.stdout.write(`READY ${actual}\n`);
});

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
