package org.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default rules against the labelled corpus (see {@code moderation/README.md} beside it). Word
 * lists, weights and thresholds were tuned on the tune rows only; the held-out rows measure how
 * well that carries over to comments nobody tuned for. The rules, with the language model's second
 * reading of comments that glance like threats ({@link MenaceModel}, fitted to the tune rows), reach
 * precision 0.946 and recall 0.759 there (threats in other languages are the weakest, at 0.37,
 * then threats in English, at 0.67); the floors sit a row below each, so a change that makes moderation worse fails here.
 */
class ContentCheck_CorpusTest {

    static final double HELD_OUT_PRECISION = 0.943;
    static final double HELD_OUT_RECALL = 0.757;
    /** The tune rows, a row below what the rules reach there (0.931, 0.717): tuning for one kind must not lose another. */
    static final double TUNE_PRECISION = 0.929;
    static final double TUNE_RECALL = 0.716;

    /** How a set of rows fared: a row counts as flagged when its comment does not simply pass. */
    static final class Tally {
        int flaggedAbusive;
        int passedAbusive;
        int flaggedCivil;
        int passedCivil;

        void add(boolean abusive, boolean flagged) {
            if (abusive) {
                if (flagged) {
                    flaggedAbusive++;
                } else {
                    passedAbusive++;
                }
            } else if (flagged) {
                flaggedCivil++;
            } else {
                passedCivil++;
            }
        }

        double precision() {
            return flaggedAbusive + flaggedCivil == 0 ? 1 : (double) flaggedAbusive / (flaggedAbusive + flaggedCivil);
        }

        double recall() {
            return flaggedAbusive + passedAbusive == 0 ? 1 : (double) flaggedAbusive / (flaggedAbusive + passedAbusive);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "precision %.3f  recall %.3f  (abusive flagged %d, missed %d; civil flagged %d, passed %d)",
                    precision(), recall(), flaggedAbusive, passedAbusive, flaggedCivil, passedCivil);
        }
    }

    static ContentCheck check;

    @BeforeAll
    static void read() {
        check = new ContentCheck(ContentPolicy.defaults());
    }

    private static boolean flagged(String text) {
        return check.check(text).outcome() != ContentCheck.Outcome.PASS;
    }

    @Test
    void defaultRules_reachTheirFloorsOnTheHeldOutRows() {
        assertThat(MenaceModel.shared()).as("the language model loaded (see the log for why not)").isNotNull();
        List<Corpus.Row> rows = Corpus.rows();
        // Checked on both cores (the language models' readings are most of this test's time), tallied in order.
        List<Boolean> flagged = rows.parallelStream().map(row -> flagged(row.text())).toList();
        Map<String, Tally> tallies = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Corpus.Row row = rows.get(i);
            tallies.computeIfAbsent(row.split(), s -> new Tally()).add(row.abusive(), flagged.get(i));
            tallies.computeIfAbsent(row.split() + " / " + row.kind(), s -> new Tally()).add(row.abusive(), flagged.get(i));
        }
        tallies.forEach((name, tally) -> System.out.printf("%-34s %s%n", name, tally));

        Tally heldOut = tallies.get("held-out");
        assertThat(heldOut.precision()).as("held-out precision").isGreaterThanOrEqualTo(HELD_OUT_PRECISION);
        assertThat(heldOut.recall()).as("held-out recall").isGreaterThanOrEqualTo(HELD_OUT_RECALL);
        Tally tune = tallies.get("tune");
        assertThat(tune.precision()).as("tune precision").isGreaterThanOrEqualTo(TUNE_PRECISION);
        assertThat(tune.recall()).as("tune recall").isGreaterThanOrEqualTo(TUNE_RECALL);
    }

    /**
     * Tune rows known to be held: jokes that use the threat word for word ("We know where you live,
     * Chronicle, because you've covered every fete"), banter whose contest is named only in the next
     * sentence or not at all ("go out there and batter them"), a warning that a road "will kill
     * someone one day", said as threats say it, and the hardest of the last batch ("we'll pay you a
     * visit at the new bakery", "the Dog and Duck are coming for you").
     */
    static final List<String> KNOWN_HELD_LOOKALIKES = List.of(
            "We know where you live, Chronicle, because you've covered every fete in this village for forty years. Thanks for that.",
            "I know where you live, Ted, because I delivered your post for twenty years. Happy retirement!",
            "Our lot are going to absolutely bury your lot on Saturday. See you at the derby, bring tissues.",
            "Good luck to the lads tonight, go out there and batter them!",
            "The bends on Hollow Lane will kill someone one day, the council needs to put up a barrier.",
            // The last batch of tune rows, written to sit as close to threats as kindness can: a threat's
            // own phrase said in fun or about a road, which these word lists do not tell apart from the threat.
            "We know where you live, Jan, and we're all coming round Saturday with cake to welcome you to the street!",
            "We're going to destroy you on Saturday, Rovers. Three nil, mark my words. See you at the bar after.",
            "Keep writing stories like this and see what happens, maybe the council will actually fix the potholes! Great work.",
            "I've been watching you run past my house every morning at 6 for a year now, you've inspired me to start couch to 5k!",
            "We'll pay you a visit at the new bakery this weekend, the cinnamon buns look incredible.",
            "I know where you park on match days and honestly you're a genius, free and five minutes from the ground. Don't tell anyone.",
            "your days as reigning pub quiz champs are numbered, the Dog and Duck are coming for you",
            "Watch your back on the cycle lane by the station, cars turn left across it without looking. Nearly got clipped twice.",
            "We found your mum's purse in the Co-op car park and handed it in at the till. Hope she gets it back safe.",
            "Keep an eye on your cars tonight, there's been a spate of catalytic converter thefts on Elm Grove.",
            // A place named by a listed word: a newsroom whose readers write of it takes the word off its list.
            "Anyone else been to Twatt in Orkney? Beautiful place, very windy.",
            // "I look like a … in" reads as "I feel like a moron in charge wrote this", which is aimed.
            "I look like a right plonker in the photo of the parade, cheers for that.",
            // Twins of threats from the newest tune rows, written to share their words: a countdown, a
            // walk home, "I know where u live", "you're next". The lists cannot tell them from the threats.
            "Tick tock, Daniel. Three days until the bake-off closes and I still haven't seen your entry form.",
            "I'm going to kill for a coffee after reading this budget. Simple as that.",
            "Those steep steps up to the magistrates' court must be murder for anyone with a walking stick. A ramp is long overdue.",
            "ya better watch out keeper, we're putting five past you on saturday \u26BD\uD83D\uDD25",
            "i know where u live you muppet, im coming round with your parcel, it got delivered to mine again \uD83D\uDCE6",
            "I have your address and plate number from the exchange of details; my insurer will be in touch. Glad nobody was hurt.",
            "Gonna find u at the charity fun run and beat ur time u muppet \uD83D\uDE02",
            "When people found out where the last honest councillor lived, they queued up to shake his hand. You're next, Rachel, keep it up.",
            "Watch your back, ref! Great positioning all game though.",
            // Twins from an earlier round's tune rows: a threat's own phrase ("coming for you", "pay you a visit",
            // "your days are numbered", "watch your back", a brick through a window, a dark car park) said
            // of an election, a roofer, a match, a new rule, a ladder, a charity shop, an ice rink.
            "We're coming for you at the next election, Councillor, with leaflets, a better plan and a lot of volunteers.",
            "A friend of mine will pay you a visit tomorrow to quote for the roof. He's honest and cheap, give him a chance.",
            "Y'all better be ready, the Tigers are coming for you Friday night. Homecoming game, 7pm, bring a blanket.",
            "Watch your back on that ladder, my uncle fell off his clearing gutters and was off work for months.",
            "Pavement parkers, your days are numbered under the new council rule. About time too.",
            "Brick through the window at the charity shop again? Awful. Happy to donate for a new pane.",
            "Heads up, the ice rink car park is pitch black after 6. Torch on your phone.",
            // Twins from the newest tune rows, in a threat's own words: a bend that will kill you, a
            // condition and its consequence, a hunt, a payment, a house and a child, a team destroyed,
            // an address, a warning, numbered days.
            "Watch yourselves on the A38 by the quarry tonight, black ice is lethal and it'll kill you if you take that bend too fast.",
            "If you keep practising that free kick, Jamie, you'll see it go in one of these days. Proud of the whole U12 squad.",
            "Our headteacher is retiring next month. We'll hunt her down at the leaving do and make her take the biggest slice of cake.",
            "Haha you'll pay for that pun, Steve. Next round's on you at the quiz night.",
            "Your little one was brilliant on the swings outside your house yesterday, Priya, fearless! Tell her the lady with the spaniel says hi.",
            "@Dave_K your Leafs are going to get absolutely destroyed on Saturday. Bring tissues. Loser buys the beers, as agreed. \uD83D\uDE02",
            "Councillor Barnes, your bins have been out since Tuesday. I know your address and I'll drag them in myself if you're not back soon.",
            "Editor, you've been warned: my nan reads every word and she will write in about that misspelling of Llanfair.",
            "Enjoy your lead in the pub league while it lasts, Anchor. Your days at the top are numbered and we're coming for you.",
            // Twins of the insults and spam of the newest tune rows: a pub, a film, a band and a five-a-side
            // club named by an insult, which a troll's capitals would also give ("The Idiot who wrote this");
            // goats named Dimwit, Nitwit and Halfwit; a loser's medal; banter and self-mockery that the
            // lists read as a name called ("ya dafty … ❤️", "absolute muppet, that's me", "Na mumu I be");
            // a debt clinic's telephone number beside a payday loan, and a warning about a forex scam.
            "The Windbag is a cracking little pub on Quay Lane, quiz every Thursday. Recommend the pie.",
            "Saw The Grifters at the Regal's late show last night, bring back the Tuesday cinema club please!",
            "Just watched The Idiot at the community theatre, a really clever Dostoevsky adaptation for a cast of five.",
            "forgot my keys AND my wallet this morning. absolute muppet, that's me",
            "Bampots 5-a-side are looking for a keeper on Wednesday nights at the leisure centre, all welcome.",
            "Haha Mairi ya dafty, that was the 1998 final not 1996, but I love that you remembered it \u2764\uFE0F",
            "Na mumu I be to trust that estate agent, lost my deposit. Make una learn from me o.",
            "Dimwit, Nitwit and Halfwit were the three goats at the petting farm open day. My kids want to adopt all of them.",
            "A loser's medal is still a medal. So proud of the under-12s for reaching the cup final.",
            "The Charlatans are playing the Corn Exchange in October and tickets are already gone.",
            "The Citizens Advice debt clinic at the library is free on Tuesdays, ring 01632 960441 to book. Really helped me get "
                    + "out of a payday loan mess.",
            "Important article. My neighbour lost \u00A38,000 to a so-called \"forex account manager\" on WhatsApp. Report it to "
                    + "Action Fraud if it happens to you.",
            // Twins of the threats of the newest tune rows: a screenshot of someone's post and a school
            // gate, a beating at a tribunal, a storm that will batter a roof tonight.
            "Screenshotted your recipe post @bakingnan, made it tonight, absolute winner. See you at the school gate!",
            "These cowboy landlords deserve a beating at the tribunal, and with the new regs they might finally get one.",
            "Storm Agnes is going to batter the town hall's old roof tonight. The lampposts on Main St are already swaying.");

    @Test
    void lookalikesAndQuotedAbuse_inTheTuneRows_pass() {
        List<Corpus.Row> innocent = Corpus.rows().stream().filter(Corpus.Row::tune)
                .filter(r -> r.kind().equals("lookalike") || r.kind().equals("quote")).toList();
        assertThat(innocent).hasSizeGreaterThan(100);
        List<String> held = new ArrayList<>();
        for (Corpus.Row row : innocent) {
            ContentCheck.Finding finding = check.check(row.text());
            if (finding.outcome() != ContentCheck.Outcome.PASS) {
                held.add(row.text());
            }
        }
        assertThat(KNOWN_HELD_LOOKALIKES).containsAll(held);
        assertThat(held).as("a known look-alike that now passes comes off the list").containsAll(KNOWN_HELD_LOOKALIKES);
    }

    @Test
    void everyFinding_explainsItself() {
        ContentCheck.Finding insult = check.check("You are an idiot and everyone knows it.");
        assertThat(insult.outcome()).isEqualTo(ContentCheck.Outcome.HOLD);
        assertThat(insult.rule()).isEqualTo("toxicity");
        assertThat(insult.reason()).contains("idiot");
        assertThat(insult.evidence()).extracting(Evidence::feature).contains("insult aimed at a person");

        ContentCheck.Finding civil = check.check("The train from Penistone was late, the idiot driver said on the radio.");
        assertThat(civil.evidence()).isNotEmpty();

        ContentCheck.Finding slur = check.check("Typical f@ggot journalist.");
        assertThat(slur.outcome()).isEqualTo(ContentCheck.Outcome.REFUSE);
        assertThat(slur.rule()).isEqualTo("banned-words");
        assertThat(slur.reason()).contains("f@ggot");

        ContentCheck.Finding links = check.check("See http://a.example http://b.example and http://c.example");
        assertThat(links.outcome()).isEqualTo(ContentCheck.Outcome.HOLD);
        assertThat(links.rule()).isEqualTo("links");
    }

    /** Threats that name no harm are read from their company; the same words in kindness pass. */
    @Test
    void veiledThreats_areHeld_andTheSameWordsInKindnessPass() {
        ContentCheck.Finding veiled = check.check(
                "Your son walks home past the allotments every evening at six. Quiet spot, that. Be a shame.");
        assertThat(veiled.outcome()).isEqualTo(ContentCheck.Outcome.HOLD);
        assertThat(veiled.evidence()).extracting(Evidence::feature)
                .contains("intimidation: knowing a person's day", "intimidation: a hint of harm");

        List<String> threats = List.of(
                "Keep digging into the landlord, reporter, and you'll learn the hard way what happens next.",
                "Tick tock, councillor. Sooner or later you'll be alone on that car park at night.",
                // Sport's figures of speech are only sport's: killing is never one.
                "Somebody should murder the referee after the match.", "Someone should kill that whole race.",
                "His kids leave school at 3:15 every day. Shame if there was an accident.",
                // Harm promised to the reader is a threat, whatever a warning about a road shares with it.
                "Keep digging into my business and you'll get hurt.", "Somebody give him a slap, he has it coming.",
                "Good luck, I'll torch your car tonight.");
        List<String> civil = List.of(
                "Saw your son at the allotments on Sunday, he has grown so much. Lovely to see.",
                "Be careful on the coast road tonight, the council says it may flood.",
                "Our striker is going to destroy their defence in the final.",
                "If you keep at it you'll see how quickly your times improve.",
                // Words of harm that ordinary news shares count only in the company that makes them a threat.
                "My thoughts go to his widow and their children.", "Ambulance crews deserve all our thanks.",
                "I hope her bruises heal quickly.", "A fine of 200 pounds is just a slap on the wrist for these landlords.",
                "This petition will get traction once their MP backs it.", "I'm going to trust my gut and vote for her.",
                "We will deck the town centre with bunting.", "Merkel let them all in.",
                "We need to stop the sewage in the river before all the kids swim.",
                // A warning about a dark road is a warning.
                "The lights are out on the Parkway, someone's going to get hurt walking home in the dark.",
                "Put a barrier on that bend before somebody gets killed.",
                // "Give" and "hurt" in their everyday senses.
                "Give them a break, they're volunteers.", "Give her a shot, the new café is lovely.",
                "Give them a hiding at the ballot box.", "The new rates are going to hurt shop owners.",
                // A farewell's "see you soon" sets no time.
                "Take care, see you soon!", "Be careful on the ice, and see you soon.",
                // A threat's very frame, said in praise.
                "If you keep writing pieces like this one you'll learn how many of us read every word.");
        threats.forEach(threat -> assertThat(flagged(threat)).as(threat).isTrue());
        civil.forEach(comment -> assertThat(flagged(comment)).as(comment).isFalse());
    }

    /**
     * Some of the word lists' cues for veiled threats in French, German, Spanish and Russian:
     * watching and family beside a regret, a condition and its consequence, a hint of harm. German
     * and Russian say "your son" in the case the sentence needs, and French and Russian have a polite
     * or plural "your": each form counts. Their civil uses pass: worry, invitations, news,
     * recommendations ("you won't regret it"), greetings, farewells, light.
     */
    @Test
    void veiledThreatsInOtherLanguages_areHeld_andTheSameWordsInKindnessPass() {
        for (String threat : List.of("Tu vas le regretter, on connaît ta rue, ta voiture et l'école de tes enfants.",
                "Wenn du so weitermachst mit deinen Artikeln, wirst du es bereuen.",
                "Wir beobachten deinen Sohn jeden Morgen auf dem Schulweg. Ein Unfall ist schnell passiert.",
                "Ich weiß wo du wohnst. Schade, wenn deinem Auto nachts ein Unfall passiert.",
                "Мы следим за твоим сыном. Несчастный случай может случиться с каждым.",
                "Мы следим за вашей семьей. Несчастный случай может случиться с каждым.",
                "Мы следим за вашими детьми. Несчастный случай может случиться с каждым.",
                "On vous surveille, votre famille aussi. Un accident est vite arrivé.")) {
            assertThat(flagged(threat)).as(threat).isTrue();
        }
        for (String civil : List.of("Tu vas le regretter si tu rates ce concert, les billets partent vite.",
                "Il y a eu un accident ce soir sur la route du col, car il neigeait.",
                "J'ai peur qu'il lui arrive quelque chose, il ne répond plus au téléphone.",
                "Le projet va se casser la gueule, comme le précédent.", "Fais attention à toi, à bientôt !",
                "Ich find dich super mutig!", "Pass auf dich auf, bis bald!",
                "Wir werden heute eine Kerze für die Opfer anzünden.",
                "Unfälle passieren hier jede Woche, wir brauchen eine Ampel.",
                "Me da miedo que le pase algo a mi abuela.", "Tengo tu dirección, te mando la invitación.",
                "Si no conoces el bar de tu barrio, ve: no te vas a arrepentir.",
                "Sabemos que es difícil, pero pronto tu casa tendrá agua.",
                "Если ты не был в этом кафе, сходи — не пожалеешь!", "Мы знаем, что твой дом скоро отремонтируют.",
                "Если с ним что-то случится, кто будет платить?",
                "Ich habe deinen Sohn beim Konzert gesehen, er spielt wunderbar!", "Grüß deinen Mann von mir, bis bald!",
                "Вашему сыну желаю удачи на экзаменах!", "Мы следим за новостями о твоем доме после пожара.",
                "Votre famille est la bienvenue au marché de Noël samedi.",
                // Family and a hint of harm, but nobody watching: a warning about the roads.
                "Pass auf deinen Sohn auf, auf der B12 gab es heute einen Unfall.",
                "Берегите вашего сына, на дорогах гололёд, несчастный случай может случиться с каждым.")) {
            assertThat(flagged(civil)).as(civil).isFalse();
        }
    }

    /**
     * Harm denied is no threat; a denial that bargains, waits, hands the harm to others, dares or is
     * itself denied still is.
     */
    @Test
    void harmDenied_passes_butADenialThatBargainsIsHeld() {
        for (String denied : List.of("I would never hurt you, you know that, I'm just angry about the vote.",
                "Nobody is going to hurt you, councillor, we just want answers about the budget.",
                "Don't worry, nobody is going to hurt you.", "No-one is going to hurt anybody over a bus lane, calm down.",
                "No one is going to kill anyone over a planning application, calm down.",
                "Your garden won't suffer next time there's a hosepipe ban.",
                "I will not stab anyone in the back at the meeting, I promise.")) {
            assertThat(flagged(denied)).as(denied).isFalse();
        }
        for (String threat : List.of("I won't hurt you if you drop the story.", "If you drop it, I won't hurt you.",
                "Drop it and nobody will hurt you.", "I won't hurt you\u2026 yet.", "I won't hurt you. Yet.",
                "I won't kill you today.", "I won't hurt you, my mates will.", "Nobody hurts you like I will.",
                "Don't think I won't hurt you.", "I can't promise my friends won't hurt you.", "Why not kill them all?",
                "Is nobody going to shoot him?")) {
            assertThat(flagged(threat)).as(threat).isTrue();
        }
    }

    /** Filming is shooting too: a school's video passes, people shot do not. */
    @Test
    void shootingAFilm_isNoViolence() {
        for (String civil : List.of("We're going to shoot the video for the school fete on Saturday, all welcome.",
                "The crew will shoot a film on the harbour next week, so the car park is closed.")) {
            assertThat(flagged(civil)).as(civil).isFalse();
        }
        for (String threat : List.of("We're going to shoot the lot of them on Saturday.", "We're going to shoot you, councillor.")) {
            assertThat(flagged(threat)).as(threat).isTrue();
        }
    }

    /** "Dead" as a mere "very" threatens nobody; "you're dead" alone still does. */
    @Test
    void deadAsAMereVery_isNoThreat() {
        assertThat(flagged("You're dead right about the bus lanes, councillor.")).isFalse();
        assertThat(flagged("You are dead wrong about the library, and I'll say so at the meeting.")).isFalse();
        for (String threat : List.of("You're dead, councillor. Wrong move.", "You're dead on sight.", "You're dead. Right?",
                "Cross me and you're dead, right there on your doorstep.")) {
            assertThat(flagged(threat)).as(threat).isTrue();
        }
    }

    /**
     * The commonest stock threats say the same in French, German, Spanish and Russian; their
     * everyday words pass, and so does not knowing where someone lives.
     */
    @Test
    void stockThreatsInOtherLanguages_areHeld_andTheirEverydayWordsPass() {
        for (String threat : List.of("Je sais où tu habites, petit journaliste.", "Tes jours sont comptés, monsieur le maire.",
                "Tu vas me le payer, crois-moi.", "Ich weiß, wo du wohnst, Schreiberling.", "Deine Tage sind gezählt.",
                "Das wirst du mir büßen.", "Sé dónde vives, periodista.", "Tus días están contados, concejal.",
                "Me las vas a pagar.", "Знаю, где ты живёшь, писака.", "Твои дни сочтены, депутат.",
                "Ты мне за это ответишь.", "Je sais où t'habites.", "Tu me le payeras.", "Das wirst du noch büßen.",
                "Me las pagarás, periodista.")) {
            assertThat(flagged(threat)).as(threat).isTrue();
        }
        for (String civil : List.of("Tu vas le payer moins cher sur le site de la mairie.",
                "Tu es le prochain sur la liste d'attente, patience.",
                "Dafür wirst du bezahlen müssen, das Parken ist nicht mehr kostenlos.",
                "Ich finde dich mutig, danke für den Artikel.",
                "Ihre Tage sind gezählt: das Kohlekraftwerk schließt 2030.",
                "Te encontraré en la estación a las ocho.", "Ты не пожалеешь, если сходишь на этот концерт.",
                "¿Cuánto vas a pagar por esto?", "No sé dónde vives, pero te mando el paquete por correo.",
                "Не знаю, где ты живёшь, но пришлю открытку.", "Я сделаю ремонт, а ты мне за это заплатишь.",
                "Ich weiß, wo sie wohnen: gleich neben der Schule.",
                "I don't know where you live, so I'll send the book to the newsroom.")) {
            assertThat(flagged(civil)).as(civil).isFalse();
        }
    }

    /**
     * French, German, Spanish and Russian know the English lists' calls to violence ("someone
     * should burn them out", "drag them out of their houses") and veiled threats (a watcher who
     * knows someone's day, a family named beside "it would be a shame if …"), and harm denied unless
     * the denial waits ("nicht … noch nicht"). Their everyday uses pass: bonfires of leaves and
     * hornets' nests, stoves, killing time, an invitation, a road warning, a bus timetable, thanks.
     */
    @Test
    void callsAndVeiledThreatsInOtherLanguages_areHeld_andTheirEverydayWordsPass() {
        for (String threat : List.of("Il faut incendier leurs bureaux, ces journalistes l'ont bien cherché.",
                "On va te casser la gueule à la sortie du conseil.",
                "On sait à quelle heure tu sors du bureau le soir, et on connaît l'école de tes gosses.",
                "Votre fille va au lycée Jean Moulin, non ? Ce serait dommage qu'elle ait des ennuis.",
                "Man sollte ihn verprügeln, diesen Lügner.",
                "Die Journalisten gehören abgefackelt.", "Ich werde dich nicht umbringen, noch nicht.",
                // A denial in one clause, a call in the next, with no comma between them.
                "Ils comprennent pas faut leur défoncer la gueule", "Жалеть их не надо их надо бить",
                "Wir wissen genau, wann du jeden Morgen aus dem Haus gehst. Wäre doch schade, wenn deiner Frau was passiert.",
                "Hay que sacarlos de sus casas, a esos políticos corruptos.",
                "Sabemos a qué hora sales del trabajo, y tus hijos van al colegio de la plaza. Ten cuidado.",
                "Надо спалить их редакцию вместе с журналистами.",
                "Мы за тобой следим и знаем, во сколько ты выходишь из дома. Было бы жаль, если бы с тобой что-то случилось.")) {
            assertThat(flagged(threat)).as(threat).isTrue();
        }
        for (String civil : List.of("Il faut brûler les feuilles mortes avant l'hiver, sinon le jardin devient un marécage.",
                "Il faut tuer le temps avant le match, on va au café ?",
                "Ce serait dommage de rater le marché de Noël, tes gosses vont adorer les manèges.",
                "On connaît ta fille depuis l'école maternelle, elle a tellement grandi ! Bravo pour son diplôme.",
                "Je passe te rendre une petite visite demain avec des croissants, histoire qu'on discute du projet.",
                "Man sollte die alten Laternen abreißen und neue aufstellen, es ist viel zu dunkel auf dem Heimweg.",
                "Wir wissen genau, wann der Bus kommt, nur fährt er nie pünktlich. Schade für die Kinder in der Grundschule.",
                "Deine Kinder gehen bestimmt gern auf das Sommerfest der Schule, es gibt Kuchen und eine Hüpfburg.",
                "Hay que quemar las hojas secas antes de que llueva, así el huerto respira.",
                "Habría que matar el tiempo de alguna manera mientras esperamos al alcalde.",
                "Sería una pena que cerraran la farmacia del barrio, mucha gente mayor depende de ella.",
                "Ten cuidado con el hielo por las mañanas, la calle del colegio está muy resbaladiza.",
                "Надо сжечь старые листья, пока не пошёл дождь, иначе сад сгниёт.",
                "Нужно бить тревогу: в школе нет отопления, дети сидят в куртках.",
                "Депутату стоит навестить нашу школу, чтобы до него наконец дошло, как мы живём.",
                "Мы знаем, во сколько приходит автобус, но он всё равно опаздывает. Жалко детей.",
                // Harm denied, as "nobody should hurt them" is in English.
                "Man sollte ihn nicht verprügeln, sondern anzeigen.", "No hay que linchar a los políticos: hay que votar.",
                "Не надо их бить, надо с ними говорить.", "Il ne faut pas les tuer, il faut les juger.",
                // Thanks, winter's dark mornings, stoves, hornets' nests, the wallet, a stadium alight, a visit.
                "Danke an die Redaktion für Ihre Arbeit jeden Tag. Bis bald!",
                "Pronto llega el invierno y los niños del colegio salen a oscuras todos los días. ¡Señor alcalde, ponga farolas!",
                "Скоро зима, а в школе опять проблемы с отоплением, дети каждый день мёрзнут. Депутату стыдно!",
                "Beim Kaminofen sollte man ihn erst anzünden, wenn die Luftklappe offen ist.",
                "Pour les frelons asiatiques, il faut brûler leur nid la nuit.",
                "Con las avispas asiáticas hay que quemar el nido de noche, cuando ellas están dentro.",
                "Костёр надо поджечь снизу, тогда его не задует ветром.", "Нужно бить их рублём.",
                "Vamos a matar el rato con ellos en el bar.", "Samedi au stade, on va leur mettre le feu !",
                "On passera te faire une petite visite dimanche, tes enfants vont adorer les crêpes !",
                "Si vuelves a pedir la paella aquí, te vas a arrepentir: estaba fría.",
                "Тебя предупредили, что завтра отключат воду?")) {
            assertThat(flagged(civil)).as(civil).isFalse();
        }
    }

    /** Readers threaten in every script: the stock threats are held in eight more languages, and their kindly kin pass. */
    @Test
    void stockThreatsInEveryScript_areHeld_andTheirKindlyKinPass() {
        for (String threat : List.of("So dove abiti, giornalista. I tuoi giorni sono contati.", "Vou te matar, seu jornalista.",
                "Sei onde você mora, vereador.", "Wiem gdzie mieszkasz, pismaku.", "Seni öldüreceğim, muhabir.",
                "Ξέρω πού μένεις, δημοσιογράφε.", "أيامك معدودة أيها الصحفي", "你死定了，记者。", "我知道你住哪，记者。",
                "お前の家は知ってるぞ、記者。")) {
            assertThat(flagged(threat)).as(threat).isTrue();
        }
        for (String civil : List.of("Non te ne pentirai: la trattoria in piazza è ottima.", "Nie pożałujesz, polecam ten koncert.",
                "Vou te matar de saudade quando voltar de Lisboa!", "Non so dove abiti, ma ti mando l'invito per email.",
                "Não vou te matar, prometo, foi só uma piada.", "Nie zabiję cię, spokojnie, to był żart.",
                "No te voy a matar, tranquilo, era una broma.", "Quanto vais pagar por isto no mercado?",
                "Το ρεύμα θα το πληρώσεις ακριβότερα φέτος.", "أوروبا ستدفع الثمن", "O regime sabe que seus dias estão contados.",
                "Güneşli günlerin sayılı olduğu Londra'da yaşıyorum.", "Δεν ξέρω πού μένεις, στείλε μου τη διεύθυνση.")) {
            assertThat(flagged(civil)).as(civil).isFalse();
        }
    }

    /** Local news reports the weather: its storms open sentences as a call would, and readers wish each other well. */
    @Test
    void theWeathersStormAndGoodWishes_pass_butACallToStormAndAWatchersWishAreHeld() {
        for (String civil : List.of("Storm clouds over the town hall again as the budget vote looms.",
                "Storm damage along the front is worse than the photos show.",
                "Storm warning for the coast tonight, stay safe everyone.",
                "Storm drains on Mill Lane were blocked again by the leaves.",
                "Stay safe out there tonight, everyone, the roads are like glass.",
                "Safe travels to everyone heading to the match tonight.",
                "Ice on the roads tonight. Stay safe on your drive home, everyone.")) {
            assertThat(flagged(civil)).as(civil).isFalse();
        }
        ContentCheck listsAlone = new ContentCheck(ContentPolicy.defaults(new LocalScorer(Lexicon.read(LocalScorer.RESOURCES), null)));
        for (String threat : List.of("Storm the town hall and burn the place down.",
                "We know where your daughter walks home. Stay safe.")) {
            assertThat(listsAlone.check(threat).outcome()).as(threat).isNotEqualTo(ContentCheck.Outcome.PASS);
        }
    }

    @Test
    void namesWritersCallThemselves_insultNobody() {
        for (String self : List.of("I'm such an idiot, I forgot my keys again.", "What a dumbass I am, wrong article.",
                "I am a complete moron with maps.", "I look like a right plonker.", "What\u00A0an idiot I am.",
                "I was an idiot to park on the high street on market day.", "Sure I was a right eejit leaving the washing out.",
                "Felt like a proper wazzock turning up on the wrong day.", "I'm a bit of a know-it-all about local history.")) {
            ContentCheck.Finding finding = check.check(self);
            assertThat(finding.outcome()).as(self).isEqualTo(ContentCheck.Outcome.PASS);
            assertThat(finding.evidence()).as(self).extracting(Evidence::feature).containsOnly("insult at oneself");
        }
        for (String aimed : List.of("I'm sick of this idiot.", "What a dumbass you are.", "I'm telling you, the mayor is an idiot.",
                "You're such an idiot, I'm done.", "You're such a moron I'm amazed you can type.",
                "What a clown, I'm embarrassed for this paper.", "He looks like an idiot, I am sure of it.",
                "What an idiot I'm replying to.", "What a muppet I was arguing with.", "I'm right, idiot.",
                "I was right, moron.", "I feel like a moron wrote this article.", "I'm not the idiot here, you are.",
                "I feel like the idiot who runs this council should resign.", "I'm right idiot.",
                "I feel like the idiot on the council should resign.", "I feel like a moron in charge wrote this.",
                "What a moron I'm with.", "I was right\nmoron", "> I'm right\nMoron.",
                "I feel like the idiot running this council should resign.", "Looked like a complete idiot on the telly last night.",
                "What a clown I was arguing with.", "Feel like a moron?", "Feeling like a proper muppet today?",
                "I feel like an idiot working at the council wrote this.")) {
            assertThat(flagged(aimed)).as(aimed).isTrue();
        }
    }

    /**
     * What the lists read of a warning, an encouragement and a road: a condition whose consequence
     * turns out well encourages; "careful" inside "be careful" is one hint of harm, not two; and a
     * warning about a bend passes ({@code MenaceModel_Test} shows what the models are given of it).
     */
    @Test
    void encouragementWarningsAndRoads_areReadForWhatTheyAre() {
        assertThat(MenaceModel.shared()).as("the language model loaded (see the log for why not)").isNotNull();
        assertThat(check.check("If you keep practising, you'll see how quickly your times improve.").evidence())
                .extracting(Evidence::feature).doesNotContain("intimidation: a condition with a consequence");
        // A good word further on, or beside a hint of harm, excuses nothing.
        for (String condition : List.of("If you publish my address again you'll regret it. Thank you, and good luck improving.",
                "If you keep writing you'll regret it. Improve your manners.",
                "If you keep writing, you'll see how quickly things improve for your family. Accidents happen.")) {
            assertThat(check.check(condition).evidence()).as(condition).extracting(Evidence::feature)
                    .contains("intimidation: a condition with a consequence");
        }
        assertThat(check.check("If you keep writing about the quarry lads, you'll find out how quickly a life can change.")
                .outcome()).isEqualTo(ContentCheck.Outcome.HOLD);
        assertThat(check.check("Be careful on the ice, and see you soon.").evidence())
                .filteredOn(e -> e.feature().equals("intimidation: a hint of harm"))
                .extracting(Evidence::weight).containsExactly(Intimidation.PERIL);
        assertThat(check.check("Put a barrier on that bend before somebody gets killed.").outcome())
                .isEqualTo(ContentCheck.Outcome.PASS);
    }

    /**
     * Insults that call no name: a comparison, a count of brain cells; names of places that only
     * sound like insults; and the insult words left off the lists for their everyday senses.
     */
    @Test
    void insultsByComparison_areHeld_andInsultingNamesOfPlacesPass() {
        for (String insult : List.of("Whoever wrote this has the reasoning skills of a damp sponge.",
                "Two brain cells, and both of them fighting for third place.", "Our MP is as sharp as a bowling ball.",
                "The coach is thick as two short planks.", "You absolute ignoramus.", "The mayor is a snivelling little toad.",
                "Shut your gob, nobody asked.", "The Idiot who wrote this should be sacked.", "Pillock, Lane is right.",
                "You are The Idiot.", "Honestly The Moron who wrote this should be sacked.", "You Pillock Lane.",
                // Reported names that report nothing: "so-called", "called out", a copula, the reader.
                "This so-called journalist is a total moron.", "Got called out again, you idiot.", "Got called out, you idiot.",
                "You so-called idiot.",
                "He called the editor a moron and he is a moron.")) {
            assertThat(flagged(insult)).as(insult).isTrue();
        }
        for (String civil : List.of("Pillock Lane floods every single winter.", "Drinks at the Muppet Arms after the match?",
                "I've got a brain like a sieve these days, sorry I missed the meeting.",
                "The intelligence of a crow is remarkable, as the article says.",
                "Whoever called the editor a moron in the comments yesterday should be ashamed.",
                "He called you an idiot on the radio, and he was wrong to.",
                "Councillor Pratt said the budget is balanced.", "Do you think fossil fuels will be phased out by 2040?",
                "If your dad has senile dementia, the day centre can help.", "You crank the handle twice and the gate opens.",
                "Check your dipstick before you set off, and bring your bat for the match.")) {
            ContentCheck.Finding finding = check.check(civil);
            assertThat(finding.outcome()).as(civil).isEqualTo(ContentCheck.Outcome.PASS);
        }
    }

    /** A link spelt out hides from link filters, so it is a sign of spam; money spent, saved, lost or raised is no promise of it. */
    @Test
    void linksSpeltOut_areSpam_butMoneySpentOrRaisedIsNoPromise() {
        ContentCheck.Finding spelt = check.check("My aunt makes £380 a day from her laptop!! check quickhomeincome dot biz");
        assertThat(spelt.outcome()).isEqualTo(ContentCheck.Outcome.SPAM);
        assertThat(spelt.evidence()).extracting(Evidence::feature).contains("spam: link spelt out", "spam: promised earnings");
        assertThat(Links.in("best-roof-cleaning dot com, or roof-fixers (dot) net").spelt())
                .containsExactly("best-roof-cleaning dot com", "roof-fixers (dot) net");
        assertThat(Links.in("the dot com boom, dot dot dot, a dot com").links()).isEmpty();
        assertThat(Links.in("a polka dot top, the early dot com days, amazon dot com").links()).isEmpty();
        assertThat(Links.in("the original dot com bubble, the infamous dot com crash").links()).isEmpty();
        for (String civil : List.of("Working from home three days a week has saved me around £200 a month on petrol.",
                "The casino night for the hospice raised £4,100. Thanks to everyone who came!",
                "We spent £40 a week on the school run before the bus came back.",
                "Got a lovely polka dot top at the charity shop for £4.", "Care workers get paid so little they need a side hustle.",
                "Panto tickets are on sale now: book now or message us on the village page.",
                "Hospital parking now costs £4 an hour, see parking-charges.org for the fight against it.",
                "I pay £95 a month council tax and the bins still aren't collected, details at council-watch.org.")) {
            assertPromise(civil, ContentCheck.Outcome.PASS, false);
        }
        // Spam says it pays, and a sum spent in one sentence does not excuse the promise in the next.
        for (String spam : List.of("Earn £500 a day from home, no experience needed, WhatsApp +44 7700 900123",
                "Get paid $500 a day from home, no experience needed.",
                "Paid £300 for the course. Now I make £500 a day from home, message me.",
                "Money saved. £500 a day from home, message me.")) {
            assertPromise(spam, ContentCheck.Outcome.SPAM, true);
        }
    }

    private static void assertPromise(String text, ContentCheck.Outcome outcome, boolean promised) {
        ContentCheck.Finding finding = check.check(text);
        assertThat(finding.outcome()).as(text).isEqualTo(outcome);
        assertThat(finding.evidence().stream().anyMatch(e -> e.feature().equals("spam: promised earnings")))
                .as(text + ": promised earnings").isEqualTo(promised);
    }

    /** What another was heard to say stays reported, even where it was said to the reader. */
    @Test
    void reportedSpeech_staysReported_whenItNamesTheReader() {
        ContentCheck.Finding threat = check.check("The landlord said he'd kill you if you complained, the tenant told the court.");
        assertThat(threat.outcome()).isEqualTo(ContentCheck.Outcome.PASS);
        assertThat(threat.evidence()).extracting(Evidence::feature).contains("threat, reported");
        assertThat(check.check("He called you an idiot on the radio, and he was wrong to.").evidence())
                .extracting(Evidence::feature).contains("insult aimed at a person, reported");
    }

    @Test
    void scareQuotes_doNotHideAnAttack() {
        assertThat(flagged("You are a 'genius', idiot.")).isTrue();
        assertThat(flagged("The minister called the protesters 'idiots', which was wrong.")).isFalse();
    }

    /** Hostile input must be read in time linear in its length; these run, they are not timed. */
    @Test
    void hostileInput_isReadToTheEnd() {
        List<String> hostile = List.of("a".repeat(10_000), "ab".repeat(5_000), "a ".repeat(5_000), "a.".repeat(5_000),
                "!".repeat(10_000), "*".repeat(10_000), "f*".repeat(5_000), "i-".repeat(5_000), "'\"".repeat(5_000),
                "\u201C'\u00AB".repeat(3_333), "\"a ".repeat(3_333), "> ".repeat(5_000), "http://".repeat(1_428),
                "www.a.com".repeat(1_111), "1".repeat(10_000), "1 ".repeat(5_000), "idiot ".repeat(1_666),
                "白痴".repeat(5_000), "ı\u0301".repeat(5_000), "y o u ".repeat(1_666), "$".repeat(10_000),
                "you are a ".repeat(1_000), "kill you ".repeat(1_111), "!!!???".repeat(1_666));
        for (String text : hostile) {
            ContentCheck.Finding finding = check.check(text);
            assertThat(finding.outcome()).isNotNull();
            assertThat(finding.abuse()).isBetween(0.0, 1.0);
            assertThat(finding.spam()).isBetween(0.0, 1.0);
        }
    }
}
