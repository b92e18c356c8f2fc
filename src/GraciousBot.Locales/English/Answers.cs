namespace GraciousBot.Locales;

/// <summary>English: what short answers need (see <see cref="AnswerWords"/>).</summary>
internal static partial class English
{
    public static AnswerWords Answers { get; } = new()
    {
        YesNo =
        [
            new(Cue.Filler, """
                no offense, no offence, no offense meant, none taken, with respect, with all due respect,
                my spanish is not good, my spanish isn't good, my spanish is bad, my spanish is not great, my french is not good, my french isn't good,
                my french is bad, my french is not great, my german is not good, my german isn't good, my german is bad, my german is not great,
                i don't speak french well, i dont speak french well, i don't speak spanish well, i dont speak spanish well,
                i don't speak german well, i dont speak german well, i don't speak french, i don't speak spanish, i don't speak german
                """),
            new(Cue.Positive | Cue.Hedge, "i think so, think so, i guess so, guess so, i believe so, believe so, i suppose so, suppose so"),
            new(Cue.Uncertain | Cue.Hedge, "i think, i believe"),
            new(Cue.Positive | Cue.Weak, "i suppose, suppose, i reckon, reckon so"),
            new(Cue.Negative, "blinking red, flashing red, still blinking, still flashing, red light, light is red, light's red"),
            new(Cue.Uncertain, "it only, only drops, only in the evening, only in the evenings, only at night, only occasionally, every now and then, now and then, on and off"),
            new(Cue.Uncertain, "don't know yet, dont know yet, dunno yet, not sure tbh, honestly don't know, don't really know, don't even know, mayb, mebbe, prolly, not convinced, not convinced yet, don't trust it yet, i guess whatever, if you say so"),
            new(Cue.NoWord, "not as far as i can tell, not that i can see, not as far as i know, not from what i can see, forget it, never mind, nevermind, nvm, no need, no need thanks"),
            new(Cue.Negative, "keeps dropping, drops out, cuts out, keeps cutting out, freezes, keeps freezing, disconnects, keeps disconnecting, can't even, cannot even, can't log in, won't let me, still crashes, back to square one, back where we started, back to where i started, same as before, still down, error message, still getting an error, still shows an error"),
            new(Cue.Negative | Cue.OnlyNegated, "problem, problems, issue, issues, error, errors, trouble, glitch"),
            new(Cue.Positive, "appears so, appears to be, seems so, seems to be, seems like it, looks like it, looks that way, seems to work, seems to be working, appears to be working, looks good, looks fine, reconnected, back up, back online, up and running, we're good, we are good, we're all good, good to go, good now, go on, go on then, go on so, go for it, not showing anymore, not showing up anymore, doesn't show anymore, not appearing anymore, not coming up anymore, no longer appears, no longer shows, no longer there, it's gone, has gone, went away, disappeared"),
            new(Cue.YesWord, "yes, yeah, yep, yup, ya, yea, yah, ye, yeh, yh, yas, ys, yse, yess, yees, yesh, yessir, aye, ^y$, yes please, yes thanks"),
            new(Cue.NoWord, "nope, nah, naw, nay, nop, noo, ^n$, yeah no, yea no, negative"),
            new(Cue.NoWord | Cue.Negator, "no"),
            new(Cue.Positive, """
                no dramas, no drama, no more problems, no problems anymore, no issues anymore, no more issues, sure, sure thing, for sure, of course, ofc, course, certainly, definitely, absolutely, totally, exactly,
                correct, right, true, indeed, affirmative, you bet, i think so, i guess so, i believe so, think so, i do,
                guess so, i suppose so, suppose so,
                please do, go ahead, do it, sounds good, that would be great, would be great, why not,
                did, does, it did, it does, it is, that did it, did the trick, that did the trick, it worked, worked, works,
                it works, working, works now, resolved, solved, fixed, sorted, sorted out, helped, helpful, good, all good,
                helps, great, perfect, awesome, excellent, amazing, brilliant, wonderful, fantastic, done, better, much better,
                all set, all fixed, that's all good, can't complain, cannot complain, answered, that answers it, problem solved, it's fine now, fine now, success, successful, no problem, no problems,
                no issues, no complaints, no doubt, luck, 100 %
                """),
            new(Cue.Negative, """
                wrong, incorrect, bad, broken, still broken, failed, fails, failing, worse, crashes, crashed, crashing,
                same problem, same issue, same error, same thing, still the same, nothing changed, nothing happened,
                still there, still happening, still an issue, still a problem, still having, still getting, still failing,
                persists, still persists
                """),
            new(Cue.NoWord, """
                no thanks, no thank you, absolutely not, of course not, definitely not, certainly not, surely not, no way,
                i don't think so, don't think so, i do not think so, still no, still nothing, nothing else, i'm good,
                im good, i'm ok, i'm fine, i'm all set, not now, not right now, not at the moment, not for now, that's all, that is all, that's everything, that will be all,
                that'll be all, not anymore, doesn't look like it, doesn't seem like it, doesn't seem so, it did not, it does not, it is not, it was not,
                that did not, that does not
                """),
            new(Cue.NoWord | Cue.Negator, "not really, not at all, not quite, not yet, still not"),
            new(Cue.Positive | Cue.Weak, "fine, alright, all right, cool, nice, got it, please, i guess, thanks that helps"),
            new(Cue.Positive | Cue.OnlyNegated, "work, help, fix, solve, resolve, load, open, start, connect, go through, change anything"),
            new(Cue.Negative | Cue.Weak, "unfortunately, sadly, afraid not"),
            new(Cue.Negator, """
                not, don't, doesn't, didn't, isn't, wasn't, aren't, weren't, haven't, hasn't, hadn't, can't, cannot,
                couldn't, won't, wouldn't, shouldn't, ain't, never, no longer, nothing, nobody, no one, without, hardly,
                neither, nor, did not, does not, do not, is not, was not, has not, have not, could not, will not
                """),
            new(Cue.Uncertain, """
                maybe, perhaps, possibly, probably, not sure, i do not know, unsure, not certain, i don't know, don't know, do not know,
                idk, dunno, no idea, no clue, kind of, kinda, sort of, sorta, partly, partially, somewhat, half, halfway,
                not completely, not entirely, not fully, hard to say, can't tell, can't say, let me check, i'll check,
                will check, let me see, let me try, i'll try, will try, haven't tried, didn't try, not tried, yes and no,
                50 / 50, so so, more or less, depends, hopefully, i hope so, we'll see, mixed, sometimes, on and off,
                doesn't matter, i think, not sure yet, who knows
                """),
            new(Cue.Question, "^how, ^why, ^what, ^when, ^where, ^who, ^which, ^whats, ^hows, ^wdym, ^huh, ^can you, ^could you"),
            new(Cue.Contrast, "but, however, though, although, except"),
            new(Cue.Filler, "thanks, thank you, thx, ty, so, well, um, uh, hmm, oh, ah, it, that, this, is, was, i, now, lol, haha, really, much, very"),
        ],
        Interruptions = new(
            Fillers: """
                please, pls, plz, plse, pleeease, just, now, right now, asap, immediately, ok, okay, so, hey, hi, hello, um,
                uh, hmm, well, i, i'd, id, want, to, wanna, would, like, need, can, could, may, we, let's, lets, let, me, us,
                you, the, a, an, this, that, it, thanks, thank, thx, ty, oh
                """,
            HumanFillers: """
                talk, speak, chat, to, with, connect, transfer, put, through, get, give, reach, contact, your, some, real,
                actual, live, proper, instead, directly, another, different
                """,
            Human: """
                agent, human, humans, person, people, someone, somebody, anyone, anybody, someone else, human being,
                human agent, representative, rep, customer representative, operator, manager, supervisor, staff,
                someone from support, somebody from support, someone in support, support agent, support person,
                support team, customer service, customer support, human please, employee
                """,
            Cancel: """
                cancel, stop, quit, exit, end, abort, never mind, nevermind, nvm, forget, forget about, cancel all,
                cancel everything, stop all, end chat, end conversation, stop chat, exit chat, leave, shut up
                """,
            Help: """
                help, need help, what can i say, what do i say, what should i say, what can i do, what do i do,
                what should i do, how does work, how do work, what are my options, what are options, options, show options,
                commands, menu, instructions, don't understand, do not understand, don't get, confused, i'm confused, im confused,
                i am confused, 🆘, sos
                """,
            StartOver: """
                start over, restart, start again, begin again, from beginning, start from beginning, go back to beginning,
                go back to start, back to start, reset, start from scratch, from scratch, start all over, start over again,
                redo, begin from beginning, start afresh
                """,
            TalkVerbs: "talk, speak, chat, connect, transfer, put me through",
            Topic: "about, regarding, concerning, re"),
        Rating = new()
        {
            Numbers =
            [
                new(0, "zero"),
                new(1, "one"),
                new(2, "two"),
                new(3, "three"),
                new(4, "four"),
                new(5, "five, fiv, fyve"),
                new(6, "six"),
                new(7, "seven"),
                new(8, "eight"),
                new(9, "nine"),
                new(10, "ten"),
                new(100, "hundred"),
            ],
            OneBeforeUnit = "a, an",
            Units = "star, stars, point, points, pts, pt",
            OtherUnits = "second, seconds, secs, min, mins, minute, minutes, hour, hours, hrs, day, days, week, weeks, month, months, year, years, times, euros, dollars, pounds, emails, mails, calls, messages, texts, tickets, letters",
            FractionConnectors = "out of, outta, of, on, over",
            PercentWords = "percent, per cent, pct",
            Negators = "not, no, never, isn't, wasn't, don't, didn't",
            Adjectives =
            [
                new(5, """
                    excellent, perfect, amazing, awesome, outstanding, fantastic, brilliant, superb, wonderful, exceptional,
                    the best, best ever, loved it, love it, flawless, top notch
                    """),
                new(4, "great, very good, really good, good, super, nice, pretty good, helpful"),
                new(3, "ok, okay, fine, alright, average, decent, meh, so so, not bad, fair, could be better"),
                new(2, "bad, poor, not good, not great, disappointing, disappointed, not very good, subpar, unhelpful, not helpful"),
                new(1, """
                    terrible, awful, horrible, horrendous, the worst, worst, useless, very bad, really bad, pathetic, abysmal,
                    atrocious, garbage, trash, rubbish
                    """),
            ],
            BeforePronounOne = "the, this, that, which, every, any, each, another, other, no, good, great, best, nice, bad, worst, big, last, first, right, only, new, old, a, an",
        },
        Choice = new()
        {
            Ordinals =
            [
                new(1, "first, 1st, top"),
                new(2, "second, 2nd"),
                new(3, "third, 3rd"),
                new(4, "fourth, 4th"),
                new(5, "fifth, 5th"),
                new(6, "sixth, 6th"),
                new(7, "seventh, 7th"),
                new(8, "eighth, 8th"),
                new(9, "ninth, 9th"),
                new(10, "tenth, 10th"),
                new(ChoiceWords.Last, "last, final, bottom"),
                new(ChoiceWords.SecondToLast, "second to last, second last, penultimate, next to last"),
            ],
            Cardinals =
            [
                new(1, "one"),
                new(2, "two"),
                new(3, "three"),
                new(4, "four"),
                new(5, "five"),
                new(6, "six"),
                new(7, "seven"),
                new(8, "eight"),
                new(9, "nine"),
                new(10, "ten"),
            ],
            Fillers = """
                the, a, an, this, that, it, its, one, ones, option, choice, number, no, num, nr, non, nein, item, answer, please, pls, plz,
                thanks, thank, you, ok, okay, so, um, uh, hmm, well, i, id, im, want, wanna, would, like, take, choose, pick,
                select, go, with, for, think, guess, let, lets, me, my, is, be, will, need, about, thing, stuff, just, maybe
                """,
            NumberIntroducers = "option, choice, number, no, num, nr",
            Refusals = "not, don't, neither, none, nor",
            RefusalsBeforeAWord = "no",
        },
        Skip = new()
        {
            Politeness = """
                thanks, thank you, thanks a lot, many thanks, thank you very much, thx, ty, please, pls, sorry, ok, okay, so, um,
                uh, hmm, well, really, lol, cheers, ta, thanks mate, cheers mate
                """,
            LeadingNo = "no, nope, nah",
            Phrases = """
                skip, skip it, skip this, skip that, pass, i'll pass, i pass, no comment, no comments, nothing, nothing else,
                nothing more, nothing to add, nothing to say, nothing further, nothing at all, none, nil, n/a, na, not applicable,
                no, nope, nah, not really, no thanks, no thank you, all good, i'm good, im good, i'm fine, all fine, that's all,
                that's it, that is all, no more, nothing else to add, not at this time, not now, not today, no feedback,
                nothing comes to mind, next, move on, nothing more to say, nothing more to add, all good here, no further comments,
                no further comment, skip this question, skip the question, skip question, can we skip, can i skip, let's skip,
                no complaints, nothing to report
                """,
        },
        Frustration = new()
        {
            AbusiveWords = """
                shit, shite, asshole, arsehole, bitch, bastard, dickhead, idiot, idiots, moron, morons, imbecile, retarded, stfu, cunt, twat, wanker, bollocks, douche, douchebag, jackass, dumbass, prick, 🖕
                """,
            AbusiveStems = "fuck, motherf, shitt, bullshit",
            MaskedForms = "fuck, fucking, fucked, fucker, fck, shitty, bullshit, motherfucker",
            Abuse = "fuck off, screw you, piss off, up yours, go to hell, shut the hell up",
            Complaints = """
                useless, waste of time, a waste of time, ridiculous, worst service, terrible service, awful service, the worst,
                unacceptable, pathetic, this is a joke, what a joke, such a joke, not helpful, unhelpful, not helping, you're not helping,
                you are not helping, doesn't help, sucks, this sucks, crap, garbage, rubbish, annoying, frustrating,
                frustrated, fed up, sick of, tired of, disappointed, disappointing, disgusting, stupid, dumb, incompetent,
                nonsense, how many times, i already told you, already told you, i already said, for the third time,
                wtf, damn it, dammit, are you kidding, outrageous, infuriating, a disgrace, shameful, never again
                """,
        },
    };
}
