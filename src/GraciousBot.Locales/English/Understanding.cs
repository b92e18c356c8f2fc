namespace GraciousBot.Locales;

/// <summary>English: what the reading of a message needs (see <see cref="UnderstandingWords"/>).</summary>
internal static partial class English
{
    public static UnderstandingWords Understanding { get; } = new()
    {
        CommonWords = """
            one, two, three, four, five, six, seven, eight, nine, ten, stars, star, out, rate, rating,
            the, a, an, and, is, it, it's, its, that, this, i, i'm, im, i'd, i'll, you, your, you're, we, my, me, to, of,
            for, with, on, in, at, be, was, were, are, have, has, had, do, does, did, don't, didn't, not, but, just, so,
            what, when, where, why, how, who, can, could, would, will, should, please, thanks, thank, yes, yeah, nope,
            all, good, great, still, again, now, today, there, here, they, about, from, really, very, much, one, some,
            any, get, got, want, need, like, know, think, say, said, see, help, gotta, bye, hey, hi, hello, maybe, sure,
            right, well, oh, too, also, if, or, than, then, only, working, works, fixed, lol, pls, thx
            """,
        Names = "änglisch, aenglisch, english, inglés, ingles, anglais, englisch",
        SwitchCues = "change, switch to, in, speak, continue, switch, talk, write, please, can, could, we, language, only, do you",
        PersonNouns = """
            whoever is in charge, whoever's in charge, someone in charge, somebody in charge, the person in charge, person in charge, boss, your boss, superior, higher up, someone higher up, human agent, human advisor, actual agent, real agent,
            someone who works there, someone who works here, somebody who works there, agent, human, human being, person, real person, actual person, live person, live agent, real human,
            representative, rep, colleague, colleagues, manager, supervisor,
            operator, advisor, adviser, executive, someone senior, employee, staff, staff member, team member, member of staff, member of your team,
            someone from your team, somebody from your team, someone from support, a human, customer service agent,
            support agent, consultant, specialist
            """,
        TeamNouns = "team, your team, support, support team, customer service, customer support, helpdesk, help desk, service desk",
        Someone = "someone, somebody, anyone, anybody, someone else, somebody else",
        PersonRequests = """
            would it be possible, is it possible, possible,
            talk, speak, chat, connect, transfer, put me through, call, ring, phone, get, give, want, wanna, need,
            prefer, rather, would like, i'd like, like to, can, could, may, let me, is there, are there, is anyone,
            escalate, reach, contact, see, send, pass, hand, passed, handed, get me, speak with, talk with, prefer to
            """,
        PersonRequestsAfter = "rang me, rings me, calls me, called me back, gave me a call, phoned me, phones me, got in touch, gets in touch, get in touch, contacted me, contacts me, on the line, instead, of yours, yours, on the phone, by phone, tomorrow, tomorrow morning, today, asap, back, call me, ring me, phone me, contact me, call back, get back to me, reach out, reach me, email me, please",
        TalkVerbs = "connect me, put me through, transfer me, talk, speak, chat, connect, transfer, put me through, call, ring, phone, escalate, reach, contact, passed, handed",
        PersonPhrases = """
            anyone real, someone real, a real human, an actual human, any humans,
            get me someone, give me someone, find me someone, someone who isn't a bot, someone who isnt a bot, somebody who isn't a bot, not a bot, not a robot, real agent, have them call me, get them to call me, they should call me, someone should call me,
            is anyone real there, anyone real there, anyone real, anybody real, is anybody there, anyone there,
            anybody there, is there anyone, is there a human, real person please, escalate, escalate this,
            escalate it, call me back, call back, callback, can i get a call, give me a call, have someone call me,
            human please, agent please, talk to someone, speak to someone, someone real, real human
            """,
        NoPersonNeeded = """
            engineer comes, engineer is coming, technician is coming, technician comes,
            already spoke to, already talked to, already spoken to, i spoke to, i talked to, i've spoken to, i have spoken to, i called, i've called, i rang,
            no need for, don't need, do not need, don't want, do not want, no need to, not necessary, without,
            don't bother, no agent, no human, not a person
            """,
        BotQuestions = """
            are you a bot, are you a robot, are you real, are you human, are you a human, are you a person,
            are you a real person, am i talking to a bot, am i talking to a robot, am i talking to a machine,
            am i talking to a real person, am i talking to a human, am i chatting with a bot, is this a bot,
            is this automated, is this a robot, is this ai, are you ai, are you an ai, are you chatgpt, bot, robot,
            chatbot, who am i talking to, who is this, what are you
            """,
        Leave = """
            you too, and you$, same to you, same to you too, likewise, you as well,
            i'll call instead, ill call instead, i'll just call, ill just call, i'll ring instead, i'll phone instead, i'll call you instead, i'll just ring, i'll call the shop,
            got to head off, have to head off, must dash,
            ta-ra, tara, ta ra, tata, cheerio, night night, nite, toodle-oo, peace out, i'm out, catch ya later, bye for now,
            catch ya, catch you later, catch you, hooroo, ta ta, toodles, bye, bye bye, byee, goodbye, good bye, gotta go, got to go, gotta run, gotta dash, gotta bounce, got to dash,
            got to run, off to work, off to bed, i'm off to, heading off, dashing,
            have to go, have to run, need to go, need to run, must go, must run, i'm off, im off, off now, see ya,
            see you, cya, ciao, laters, take care, ttyl, gtg, g2g, signing off, logging off, that's it bye,
            have a good day, have a nice day, have a great day, have a good one, good night, cheers bye, i'm leaving,
            leaving now, going now, heading out, running late, in a rush, in a hurry, farewell, adios, 👋
            """,
        Decline = """
            not doing surveys, not doing this, don't do surveys, dont do surveys, i don't do surveys, no surveys, not rating, not rating this, i don't rate, i dont rate, i won't rate, won't rate, not filling this in, i'll skip this, skip this,
            don't want to comment, nothing to comment, rather not comment, rather not say,
            i'd rather skip, rather skip this, i'll skip this one,
            i'm good, im good, i'm fine, all good, better not, best not, i'll skip, i'll skip it,
            you're alright, nah you're alright, i'm alright thanks, don't do ratings, don't really do ratings, don't do surveys, rather not, i'd rather not, i would rather not, prefer not, i'd prefer not, prefer not to, not rating,
            won't rate, don't want to rate, do not want to rate, no rating, not going to rate, skip, skip it, skip this,
            pass, i'll pass, no comment, no comments, not now, no thanks, no thank you, decline, not interested,
            don't want to, do not want to, no feedback, nothing to add, nothing, nope, nah, no, nothing to say, don't know what to say, no comments, no rating thanks
            """,
        NoneOfThose = """
            for now none, none just now,
            none for now, not for now, nothing for now, none right now, none at the moment,
            it's fine, it's sorted, it sorted itself out, none, none of those, none of them, none of these, neither, neither of them, neither one, not those,
            not these, not any of them, not now, no thanks, that's all, nothing, no, nope, nah, i'm good, all good,
            not today, not right now, no need, maybe later, that's it, that's everything, that's all for now,
            sorted, all sorted, me sorted, i'm sorted, all set, i'm all set, nothing else, can't think of anything,
            cannot think of anything, nothing comes to mind, all clear, all good thanks, don't need that, i don't need that, no need thanks, 🙅
            """,
        Cancel = """
            enough with the questions, enough of the questions, no more of your questions, stop with your questions, quit asking,
            enough already, knock it off, stop it, stop it please,
            stop asking, stop asking me, stop asking me questions, stop the questions, stop with the questions,
            enough questions, no more questions, cancel this, cancel the survey, stop the survey, stop this,
            end this, quit this, cancel it
            """,
        Help = """
            out of how many, out of what, what's the scale, what is the scale, rated out of what, what's the max, what is the max,
            top score, highest score, best score, which is the top, which is the highest, which end is best, which end is good,
            wdym, what do u mean, wym, which one, which one do you mean, what were the options, what were my options, what can i pick, what can i choose, what's 1, what is 1, what's 5, what is 5, what does 1 mean, what does 5 mean, is 5 the highest, is 1 the lowest, which is best,
            what do you mean, what does that mean, what's that mean, what is meant, i don't understand,
            don't understand the question, what are my options, what are the options, what can i say, help me,
            what should i answer, what do i answer, how do i answer, what am i supposed to say, which scale,
            what's the scale, what is the scale, is 5 good or bad, is 1 good or bad, what do you want me to say,
            what should i write, help, what for, what's that for, what is that for, good or bad, is 5 the best, is 1 the best
            """,
        Sarcasm = """
            if you enjoy, if you like waiting, if you love waiting, if you're into,
            so fixed, so resolved, so solved,
            yeah right, yea right, ya right, oh sure, oh yeah sure, yeah sure, sure sure, oh great, just great,
            great just great, oh perfect, just perfect, oh wonderful, just wonderful, oh fantastic, like last time,
            like the last time, as usual, as always, as if, lol sure, sure jan, thanks for nothing, of course it is,
            of course it did, totally fixed, totally working, oh brilliant, 🙃, 🙄, 😒, 😑, 🤡, /s, sure it is, sure it did,
            again and again, when it feels like it, whenever it feels like it, when it wants to, for the third time, for the hundredth time
            """,
        Doubt = """
            i forgot my question, forgot my question, i forgot what,
            to be sure, to make sure, double check, i'll check tomorrow, check again tomorrow,
            whatever, fine whatever, sure whatever, if you say so, i suppose whatever, forgot what i wanted to ask, forgot what i was going to ask, can't remember what i wanted, whether it lasts, whether it'll last, if it lasts, let me check, check with my, ask my,
            i'd have to check, i would have to check, i'll have to check, need to check first, idk, dunno, seems so but, i think so but, for now, until, till, til, we'll see, we will see, i'll see, i'll know, will know, i'll let you know,
            fingers crossed, hopefully, i hope so, hope so, for the moment, time will tell, too early to tell,
            too soon to tell, ask me tomorrow, ask me later, not sure yet, probably, for today, let me think,
            ask me again, can't say, cannot say, will confirm, i'll confirm, have to try, need to try, haven't tried, not tried yet, yet to try
            """,
        Corrections = """
            oh go on then, oh go on,
            no no, nope wait, no hang on,
            wait, no wait, oh wait, actually, actually no, no actually, on second thought, on second thoughts,
            scratch that, i mean, correction, hold on, make that, rather, sorry i mean, change that, let me change,
            hmm actually, thinking about it, come to think of it, nvm, never mind that, hang on, sorry no, oh no,
            forget it, never mind, so yes, so no, oh yes, oh wait yes
            """,
        StartOver = "start over, start again, from the beginning, from scratch, restart the chat, restart this, let's restart, can we restart, go back to the start, begin again, start from the top",
        Complaint = "wasted enough time, wasted my time, waste of time, wasted enough of my time, the worst, worst service, absolute worst, i love paying for, love paying for, love paying for a service, was useless, been useless, worst support, worst customer service, worst experience, worst ever, that's generous, and that's generous, being generous, passed around, been passed around, bounced around, enough is enough, had enough, i've had enough, a joke, are a joke, shambles, a shambles, dreadful, absolutely dreadful, 🤬, shocking, shocking service, disgraceful, a disgrace, appalling, outrageous, unacceptable, worst service, never again, fed up, sick of this, ridiculous, absolute joke, what a joke, scam",
        Persisting = "if you like, if you enjoy, if you love, as long as you, if you don't mind, if you ignore, as long as you ignore, apart from, except, except that, except for, other than, aside from, besides the fact, only problem, only thing is, still, keeps, stopped, won't even, doesn't even, can't even, broken again, down again, red again, off again, happening again",
        Mild = "a bit, a little, bit, slightly, somewhat, kind of, kinda, a tad, little bit, but ok, but fine, mildly",
        NewRequest = """
            something else, another thing, a different thing, it's about, it is about,
            can you, could you, can i, could i, i need, i want, i'd like, i would like, also, too, another, one more,
            my, how do i, how can i, where is, where's, when will, why is, why does, what about, is it possible,
            help me with, help with, question, i have a question, there's, there is
            """,
        RefundTopic = "refund, refunds, money back, reimbursement, reimburse, credit, chargeback, refunded",
        HoursTopic = "open, opening, opening hours, hours, close, closing, closes, opens, store hours, shop hours, weekend, sunday, saturday, holiday",
        DeliveryTopic = "delivery, deliver, parcel, package, tracking, track, shipped, shipping, arrive, courier, order, order number",
        OtherTopic = "direct debit, payment, payment date, contract, renewal, plan, tariff, address, subscription, line, weather, price, prices, cost, discount, coupon, job, vacancy, password, app, product, iphone, laptop, account, invoice, bill",
        QuestionWords = "when, where, why, how, what, who, which, is there, are there, do you, does, can you, could you, will, is it",
        Reasons = "because, cause, cos, coz, cuz, bc",
        Conditions = "if, in case, should it",
    };
}
