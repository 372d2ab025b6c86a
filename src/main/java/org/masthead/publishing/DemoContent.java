package org.masthead.publishing;

import java.util.List;

/**
 * The text of a neutral, entirely fictional demo publication: a local newspaper for the invented
 * coastal town of Larkhaven. Every person, place, club and business named here is made up.
 */
final class DemoContent {

    record DemoAuthor(String slug, String name, String bioShort, String bioLong) {}

    record DemoSection(String slug, String name, String description) {}

    record DemoArticle(String slug, String headline, String standfirst, String bodyMarkdown,
                       String sectionSlug, List<String> authorSlugs, List<String> tags,
                       String imageAlt, String imageCaption, String imageCredit,
                       int daysAgo, int hour, int minute) {}

    static final String PUBLICATION_NAME = "The Larkhaven Ledger";

    static final String TAGLINE = "Independent news for Larkhaven and the Wend Valley";

    static final String SUPPORT_TEXT = """
            The Larkhaven Ledger is owned by nobody but its readers. We have no wealthy proprietor, no parent company and no shareholders waiting for a dividend. Every story we publish is paid for by people who live here and want to know what is happening in their town.

            Local journalism is slow, patient work. It means sitting through a three-hour budget meeting so that you do not have to, reading the planning documents nobody else reads, and standing on the touchline in the rain. Advertising alone no longer pays for that.

            If you value what we do, please consider a regular contribution. Whatever you can give goes straight into reporting, and it keeps the Ledger free for everyone to read.

            Your support pays for:

            - a reporter at every full council meeting
            - coverage of schools, clubs and community groups that would otherwise go unreported
            - the time it takes to check facts properly before we publish
            - keeping every article free to read, whether or not a reader can afford to pay
            """;

    // Tag vocabulary shared by the articles.
    private static final String HARBOUR = "Harbour";
    private static final String SCHOOLS = "Schools";
    private static final String COUNCIL_BUDGET = "Council budget";
    private static final String TRANSPORT = "Transport";
    private static final String HOUSING = "Housing";
    private static final String FESTIVAL = "Festival";
    private static final String ARTS = "Arts";
    private static final String WILDLIFE = "Wildlife";
    private static final String WEATHER = "Weather";
    private static final String COASTLINE = "Coastline";
    private static final String ROWING = "Rowing";
    private static final String FOOTBALL = "Football";
    private static final String COMMUNITY = "Community";

    // Author slugs.
    private static final String NELL = "nell-harrow";
    private static final String TOMAS = "tomas-quayle";
    private static final String ADA = "ada-penrice";

    // The lead images are drawn, not photographed, so their descriptions stay general.
    private static final String ALT_HARBOUR_TOWN =
            "An illustration of a small harbour town beside a calm sea, with hills behind";
    private static final String ALT_ABSTRACT_COAST =
            "An abstract coastal illustration of sea, sky and low hills in soft tones";
    private static final String ALT_BOATS =
            "A stylised illustration of boats on the water near a row of colourful houses";
    private static final String ALT_WIDE_SKY =
            "An illustration of a seaside town and a bay under a wide sky";

    private static final String LEDGER_ILLUSTRATION = "Illustration: Larkhaven Ledger";
    private static final String OKAFOR_ILLUSTRATION = "Illustration: Mira Okafor";

    private DemoContent() {}

    static List<DemoAuthor> authors() {
        return List.of(
                new DemoAuthor(NELL, "Nell Harrow",
                        "local government reporter since 2019",
                        "Nell Harrow covers the town hall, schools, housing and transport for the Ledger. "
                                + "She grew up in a flat above a chandlery on Gullstone Quay and has sat through "
                                + "more council committee meetings than she cares to count. Before joining the "
                                + "Ledger she spent six years on a weekly paper further up the coast."),
                new DemoAuthor(TOMAS, "Tomas Quayle",
                        "culture and sport writer who rarely misses a home game",
                        "Tomas Quayle writes about theatre, music, books and sport in Larkhaven. "
                                + "He has reviewed every pantomime at the Tidemark Theatre for a decade and still "
                                + "rows, slowly, with the gig club's veterans crew. He believes the best stories "
                                + "in town are usually told in the clubhouse afterwards."),
                new DemoAuthor(ADA, "Ada Penrice",
                        "science and environment correspondent and former marine biologist",
                        "Ada Penrice reports on the sea, the shore, the weather and the wildlife of the "
                                + "Wend Valley. She spent twelve years studying rock pools and seagrass before "
                                + "deciding she preferred explaining science to doing the paperwork. She swims "
                                + "in the bay all year round and does not recommend it."));
    }

    static List<DemoSection> sections() {
        return List.of(
                new DemoSection("town", "Town",
                        "Council decisions, schools, housing, transport and the everyday life of Larkhaven."),
                new DemoSection("culture", "Culture",
                        "Theatre, music, books, galleries and festivals from around the bay."),
                new DemoSection("environment", "Environment",
                        "The sea, the shore, the weather and the wildlife we share the coast with."),
                new DemoSection("sport", "Sport",
                        "Football, rowing, running and swimming, from the under-twelves to the first team."));
    }

    /** Thirty articles, newest first. */
    static List<DemoArticle> articles() {
        return List.of(
                new DemoArticle(
                        "harbour-wall-repairs-to-begin-next-week-after-winter-storm-damage",
                        "Harbour wall repairs to begin next week after winter storm damage",
                        "Contractors will close part of Gullstone Quay for six weeks while engineers rebuild a "
                                + "section of the old harbour wall cracked by last winter's storms.",
                        """
                        Work to repair the section of harbour wall damaged during last winter's storms will begin on Monday, the town council confirmed last night, with the eastern end of Gullstone Quay fenced off until the middle of next month.

                        Engineers found a crack running almost twelve metres along the outer face of the wall, close to the steps used by the pilot boat. Although the structure was judged safe for everyday use, a survey commissioned by the council warned that another winter of heavy swell could widen the gap and undermine the paving behind it.

                        ## What will change on the quay

                        For the duration of the works:

                        - the eastern end of the quay will be closed to vehicles and pedestrians
                        - the weekly fish market will move to the car park beside the harbour office
                        - mooring spaces nine to fourteen will be unavailable, with boats moved to temporary pontoons

                        The repair will use granite recovered from the original wall where possible, with new stone cut to match. The harbour committee said it had chosen the slower, more expensive method after residents objected to an earlier proposal to face the damaged section with concrete.

                        > "It's the oldest thing in town that still does its job every single day," said Iris Carrow, who has run the chandlery at the end of the quay for twenty-two years. "If it takes a few extra weeks to do it properly, I can live with that."

                        The total cost is expected to be **a little over a third of a million pounds**, most of which will come from the harbour reserve fund rather than the council's general budget. Full details of the contract are published in the [harbour committee papers](https://example.org/larkhaven/harbour-committee).

                        Harbour master Daniel Oyelaran said skippers had been contacted individually and that the pilot boat would continue to operate from the western steps. Visitors are asked to follow the signed diversion along the Esplanade while the works are under way.
                        """,
                        "town", List.of(NELL), List.of(HARBOUR, COUNCIL_BUDGET),
                        ALT_HARBOUR_TOWN,
                        "The eastern end of Gullstone Quay will be closed while the damaged section of wall is rebuilt.",
                        LEDGER_ILLUSTRATION,
                        0, 7, 15),

                new DemoArticle(
                        "rovers-snatch-late-winner-in-rain-soaked-derby-against-wrenmouth",
                        "Rovers snatch late winner in rain-soaked derby against Wrenmouth",
                        "A stoppage-time header from midfielder Sol Tremayne settled a scrappy, sodden coastal "
                                + "derby at Marsh Road and lifted Larkhaven Rovers to fourth in the county league.",
                        """
                        For eighty-nine minutes it looked as though the rain would be the only winner at Marsh Road last night. Then, with the fourth official's board already raised, Sol Tremayne rose at the far post to meet a looping corner and send the home crowd into the night happy.

                        The 1-0 victory over Wrenmouth Athletic, played in front of 612 spectators who mostly huddled beneath the covered terrace, moves Larkhaven Rovers up to fourth in the county league and two points clear of their neighbours.

                        It was not a night for purists. The pitch, already heavy after a wet week, cut up badly in the first half, and both sides quickly abandoned any idea of passing through midfield. Wrenmouth went closest before the break when their captain struck the crossbar from twenty yards, while Rovers goalkeeper Dee Anand made two sharp saves early in the second half.

                        ## A header worth waiting for

                        Manager Bea Calloway sent on the teenage winger Kit Ashby with a quarter of an hour remaining, and his direct running finally gave the visiting defence something to think about. It was Ashby who won the decisive corner, chasing a lost cause down to the byline and forcing a deflection off a tired full-back.

                        > "I just shut my eyes and hoped," Tremayne admitted afterwards, rainwater still dripping from his hair. "The lads have worked so hard for that. Nobody wanted to go home with a draw."

                        The result means Rovers have taken ten points from their last four home matches. They travel to Hollow Cross next Saturday before a run of three home games that could decide whether they mount a serious challenge for promotion.

                        *Larkhaven Rovers 1 (Tremayne 90+2), Wrenmouth Athletic 0. Attendance: 612.*
                        """,
                        "sport", List.of(TOMAS), List.of(FOOTBALL),
                        ALT_WIDE_SKY,
                        "Floodlights over Marsh Road: the derby was settled deep into stoppage time.",
                        LEDGER_ILLUSTRATION,
                        0, 6, 40),

                new DemoArticle(
                        "volunteers-count-record-number-of-seals-on-kestrel-point-sandbank",
                        "Volunteers count record number of seals on Kestrel Point sandbank",
                        "An early-morning survey by the Larkhaven Shore Watch group recorded 143 grey seals "
                                + "hauled out on the sandbank, the highest count since volunteers began keeping "
                                + "records eleven years ago.",
                        """
                        Volunteers from the Larkhaven Shore Watch counted 143 grey seals on the sandbank off Kestrel Point yesterday morning, the highest number recorded since the group began its monthly surveys eleven years ago.

                        The count took place at low tide, shortly after seven o'clock, when the animals haul out to rest on the exposed sand. Twelve volunteers worked in pairs from the headland path, using telescopes and tally counters, and the final figure was checked against photographs taken from the coastguard lookout.

                        > "We had to count twice because nobody believed the first number," said Maris Kettle, who coordinates the group. "They were lying nose to tail along the whole length of the bank. It was quite a sight."

                        ## Why the numbers are rising

                        Marine scientists caution against reading too much into a single survey. The number of seals on any given morning depends on the weather, the state of the tide and simple chance. But the long-term trend in the group's records is clear: the average monthly count has roughly doubled over the past decade.

                        Dr Hanno Vesey of the Larkhaven Marine Station said the rise was likely to reflect a healthy local population rather than animals moving in from elsewhere. Pups have been recorded on the more remote beaches beyond the point for the past three winters.

                        The group's advice to walkers is unchanged:

                        - keep dogs on leads along the headland path
                        - stay at least fifty metres from seals resting on the shore
                        - report injured or entangled animals rather than approaching them

                        Shore Watch is looking for new volunteers to help with next month's count. No experience is needed, and training sessions are held at the marine station on the first Saturday of each month. Details are on the group's [volunteering page](https://example.org/shorewatch/volunteer).
                        """,
                        "environment", List.of(ADA), List.of(WILDLIFE, COASTLINE),
                        ALT_ABSTRACT_COAST,
                        "The sandbank off Kestrel Point is exposed for a few hours either side of low tide.",
                        OKAFOR_ILLUSTRATION,
                        1, 18, 30),

                new DemoArticle(
                        "tidemark-theatre-announces-autumn-season-of-new-local-plays",
                        "Tidemark Theatre announces autumn season of new local plays",
                        "Four new plays, three of them written by Larkhaven residents, will open at the "
                                + "harbourside theatre over the autumn, followed by the return of the winter pantomime.",
                        """
                        The Tidemark Theatre has announced an autumn season built almost entirely around new writing, with four premieres over the coming months and a pantomime to see the year out.

                        Three of the four plays were written by people who live in Larkhaven, and all of them came through the theatre's open script call last winter, which attracted more than ninety submissions. Artistic director Juno Fairweather said the response had taken the small team by surprise.

                        > "We thought we might get twenty scripts, most of them from people we already knew," she said. "Instead we had retired teachers, a trawlerman, two sixth-formers and a woman who wrote her play entirely on her phone while waiting for the ferry."

                        ## The season at a glance

                        - **The Weight of Nets**: a family drama set over a single night in a fishing household
                        - **Low Water**: a two-hander about neighbours who fall out over a boundary hedge
                        - **Signals**: a comedy set in the coastguard lookout, written by a former coastguard
                        - **The Glass Orchard**: a touring production from a small company based up the coast

                        The pantomime, a seaside retelling of *Jack and the Beanstalk* in which the beanstalk becomes a very tall lighthouse, opens in mid-December and runs into the new year.

                        Ticket prices have been held at last year's levels, and the theatre will keep its pay-what-you-can performances on the first Thursday of every run. Fairweather said keeping those performances was "non-negotiable", even as heating and lighting bills have risen.

                        The theatre has also confirmed that its long-awaited accessibility improvements, including a new ramp from the Esplanade and a hearing loop in the main auditorium, should be finished before the season opens. Booking opens to members next week and to everyone else a fortnight later through the [theatre's website](https://example.org/tidemark/autumn-season).
                        """,
                        "culture", List.of(TOMAS), List.of(ARTS),
                        ALT_WIDE_SKY,
                        "The Tidemark Theatre's autumn programme features three plays by Larkhaven writers.",
                        LEDGER_ILLUSTRATION,
                        1, 11, 5),

                new DemoArticle(
                        "council-sets-out-plan-to-keep-saltmarsh-lane-library-open",
                        "Council sets out plan to keep Saltmarsh Lane library open",
                        "Volunteers would help staff the branch library two days a week under proposals that "
                                + "councillors say will save the service without cutting its opening hours.",
                        """
                        Larkhaven's smallest library would stay open under a plan published by the town council this week, ending months of uncertainty for the branch on Saltmarsh Lane.

                        The library, which occupies the ground floor of a former schoolhouse, had been listed among possible savings in last year's budget consultation. Its lease runs out next spring, and the council had warned that the cost of repairing the building's roof might be too high to justify.

                        Under the new proposals, the council would take on a ten-year lease at a reduced rent in exchange for carrying out the roof repairs itself. Paid staff would continue to run the library on three days a week, with trained volunteers from the Friends of Saltmarsh Lane Library covering the other two.

                        ## Opening hours protected

                        Crucially for many users, the plan keeps the current opening hours, including the Saturday morning session that is popular with families. Councillor Abel Fenn, who chairs the community services committee, said that had been the priority from the start.

                        > "People told us very clearly that a library which is only open while they are at work is not much use to them," he said. "We have tried to build the plan around the hours first and the money second."

                        Not everyone is convinced. The union representing library staff said it was concerned that relying on volunteers could become a way of reducing paid hours in future, and asked for a written guarantee that no posts would be lost.

                        The Friends group, which has collected more than 1,800 signatures in support of the library, welcomed the proposal as *a sensible compromise*. Its chair, Rosalind Tibbs, said around thirty people had already offered to volunteer.

                        Residents can comment on the plan until the end of next month, online or on paper forms available at the library itself. The report will be discussed at a public meeting in the town hall on the fourteenth.
                        """,
                        "town", List.of(NELL), List.of(COUNCIL_BUDGET, COMMUNITY),
                        ALT_HARBOUR_TOWN,
                        "The Saltmarsh Lane library occupies the ground floor of a former schoolhouse.",
                        LEDGER_ILLUSTRATION,
                        3, 9, 20),

                new DemoArticle(
                        "marine-station-students-map-seagrass-meadows-in-periwinkle-bay",
                        "Marine station students map seagrass meadows in Periwinkle Bay",
                        "A summer project by sixth-form students and scientists has produced the first detailed "
                                + "map of the bay's seagrass, a habitat that shelters young fish and stores carbon.",
                        """
                        A group of sixth-form students has spent the past six weeks wading, snorkelling and paddling across Periwinkle Bay, and the result is the most detailed map yet of the seagrass meadows that lie just beneath its surface.

                        The project, run by the Larkhaven Marine Station with pupils from Wend Valley Academy, combined old-fashioned fieldwork with drone photography. Students marked the edges of each meadow at low tide using handheld GPS units, then checked their results against aerial images taken on calm mornings when the water was clear.

                        Seagrass is easy to overlook. From the beach it looks like little more than a dark smudge in the shallows. But the meadows shelter young fish, crabs and cuttlefish, help to hold the seabed in place during storms and lock away carbon in the sediment beneath them.

                        ## What the map shows

                        The survey found around **eleven hectares** of seagrass in the bay, more than scientists had estimated from older records. The largest meadow runs for nearly half a kilometre along the sheltered northern side of the bay. There were also signs of damage: several bare patches close to the moorings, where anchor chains drag across the seabed as boats swing with the tide.

                        > "I've swum in this bay my whole life and never really looked at what was underneath me," said Ezra Mbeki, seventeen, one of the students. "Now I can't stop seeing it."

                        Station director Dr Hanno Vesey said the map would be shared with the harbour committee, which is considering a trial of moorings designed to float above the seabed rather than scrape across it.

                        The students will present their findings at an open evening at the marine station later this month. The full dataset has been published on the station's [open data page](https://example.org/marine-station/seagrass-map) so that future surveys can measure any change.
                        """,
                        "environment", List.of(ADA), List.of(WILDLIFE, COASTLINE, SCHOOLS),
                        ALT_ABSTRACT_COAST,
                        "Seagrass meadows line the sheltered northern side of Periwinkle Bay.",
                        OKAFOR_ILLUSTRATION,
                        5, 14, 45),

                new DemoArticle(
                        "gig-rowers-take-silver-at-regional-regatta-despite-choppy-water",
                        "Gig rowers take silver at regional regatta despite choppy water",
                        "Larkhaven Gig Rowing Club's women's crew finished second in the open race at the "
                                + "Wrenmouth regatta, the club's best result in more than a decade.",
                        """
                        The women's crew from Larkhaven Gig Rowing Club brought home silver medals from the regional regatta at Wrenmouth on Saturday, finishing just four seconds behind the winners in a race that was nearly called off because of the conditions.

                        A stiff south-westerly had been building all morning, and by the time the open women's race started, the course across the outer harbour was a mess of short, steep waves. Several crews shipped water in the first few hundred metres, and two retired before the turn.

                        ## Steady in the swell

                        Larkhaven's six rowers, steered by cox Lou Pengelly, settled into a low, steady rhythm and worked their way through the field after rounding the buoy in fifth place. By the final stretch only the home crew from Wrenmouth was ahead of them.

                        > "We practise in rough water because that is what we've got most of the winter," said stroke Marnie Vose. "Some crews looked like they'd never seen a wave before. We just kept our heads down and kept counting."

                        It is the club's best result in an open race for more than a decade, and it comes in a year when membership has grown sharply. The club now has more than ninety rowing members, including a junior squad that trains on Wednesday evenings.

                        Other Larkhaven results on the day:

                        - men's veterans: sixth of eleven
                        - mixed crew: fourth of nine
                        - junior girls: third, after a close finish with the host club

                        The club's boats will be out in Larkhaven harbour over the next few weekends ahead of the county championships. Newcomers are welcome at the taster sessions held on Sunday mornings, with all equipment provided.
                        """,
                        "sport", List.of(TOMAS), List.of(ROWING, HARBOUR),
                        ALT_BOATS,
                        "The Larkhaven women's crew rounded the buoy in fifth before working through the field.",
                        LEDGER_ILLUSTRATION,
                        7, 16, 10),

                new DemoArticle(
                        "saltbox-gallery-opens-exhibition-of-fishermens-hand-drawn-charts",
                        "Saltbox Gallery opens exhibition of fishermen's hand-drawn charts",
                        "More than forty charts, sketched by Larkhaven skippers over a century to record rocks, "
                                + "currents and fishing marks, go on public display for the first time.",
                        """
                        For generations, the most valuable maps in Larkhaven were never printed. They were drawn in pencil on the backs of tide tables, inked into notebooks or scratched onto boards nailed inside wheelhouses, and they were rarely shown to anyone outside the family.

                        Now more than forty of them are on display at the Saltbox Gallery on Chapel Steps, in an exhibition that its curators say is the first of its kind on this stretch of coast. *Marks and Soundings* brings together charts lent by fishing families, some of which date back to the early years of the last century.

                        The charts record the details that mattered most to those who drew them: submerged rocks, the line of a current on a falling tide, the places where lobsters gathered in late summer. Many use landmarks ashore to fix a position, lining up a chimney with a chapel roof, or a gap in the hills with the lighthouse at Kestrel Point.

                        ## A different kind of accuracy

                        Some of the charts are strikingly beautiful. Others are barely legible. But the exhibition's co-curator, maritime historian Dr Perpetua Lowe, argues that all of them are precise in their own way.

                        > "They are not trying to show everything," she said. "They show exactly what one person needed to know to get home safely with a full boat. That is a very particular kind of knowledge, and a lot of it has never been written down anywhere else."

                        Several families agreed to lend their charts only on condition that certain fishing marks were hidden, and small paper flaps hang over those parts of the drawings. Visitors have been curious about what lies beneath, but the gallery has promised that the flaps will stay firmly closed.

                        The exhibition runs until the end of the autumn half-term. Entry is free, and there are guided tours with members of the lending families on Saturday afternoons. An online catalogue is available on [the gallery's website](https://example.org/saltbox/marks-and-soundings).
                        """,
                        "culture", List.of(TOMAS, ADA), List.of(ARTS, HARBOUR),
                        ALT_BOATS,
                        "Many of the charts fix positions by lining up landmarks ashore with features out at sea.",
                        OKAFOR_ILLUSTRATION,
                        9, 10, 30),

                new DemoArticle(
                        "new-bus-timetable-promises-later-evening-service-to-hollins-rise",
                        "New bus timetable promises later evening service to Hollins Rise",
                        "From next month the last bus from the town centre to the Hollins Rise estate will "
                                + "leave at eleven at night, two hours later than now, after a campaign by residents.",
                        """
                        Residents of the Hollins Rise estate will be able to catch a bus home from the town centre as late as eleven o'clock at night under a new timetable that takes effect next month.

                        At present the last service on the route leaves Market Square a few minutes after nine, which residents say has made it almost impossible to work evening shifts in the town's restaurants and pubs, or to go to the theatre, without a car or an expensive taxi.

                        The change follows an eighteen-month campaign led by the Hollins Rise Residents' Association, which surveyed more than four hundred households on the estate. Around a third said someone in their home had turned down work or training because of the lack of evening buses.

                        > "It sounds like a small thing, two extra buses a night," said Comfort Adeyemi, the association's secretary. "But for a lot of young people up here it's the difference between getting a job in town and not."

                        ## What is changing

                        The new timetable will bring:

                        - two additional evening departures from Market Square, at ten and eleven o'clock
                        - a Sunday service running every hour rather than every two hours
                        - a new stop outside Wend Valley Academy during term time

                        The extra services will be paid for jointly by the town council and the bus operator for an initial trial period of two years. Councillors will review passenger numbers after twelve months.

                        Councillor Tess Ambrose, who represents the estate, said she would be urging residents to *use it or risk losing it*. Printed timetables will be delivered to every home on Hollins Rise before the changes begin, and are also available on the council's [transport pages](https://example.org/larkhaven/buses).
                        """,
                        "town", List.of(NELL), List.of(TRANSPORT, HOUSING),
                        ALT_WIDE_SKY,
                        "Residents of Hollins Rise campaigned for eighteen months for later buses.",
                        LEDGER_ILLUSTRATION,
                        11, 8, 0),

                new DemoArticle(
                        "spring-storms-reshape-dunes-along-the-northern-shore-survey-finds",
                        "Spring storms reshape dunes along the northern shore, survey finds",
                        "Repeat surveys by the marine station show the dunes at Sandling Beach lost up to four "
                                + "metres in places during the storms, though some sand has already begun to return.",
                        """
                        The dunes that protect the low-lying fields behind Sandling Beach retreated by as much as four metres in places during the recent storms, according to a survey published by the Larkhaven Marine Station.

                        Scientists have measured the dunes twice a year for the past eight years, walking the same lines across the beach with survey equipment and, more recently, flying a small drone along the shore to build a detailed three-dimensional model.

                        The latest survey was carried out in the week after the last of three storms that struck the coast in quick succession. It found that the front of the dunes had been cut back into steep, crumbling faces along most of the northern shore, with the worst losses close to the car park at the end of Dune Road.

                        ## Not all bad news

                        The picture is not entirely gloomy. Much of the sand washed off the dunes has been deposited on the lower beach and the sandbars just offshore, and in calmer weather the wind and waves will slowly carry some of it back.

                        > "Dunes are meant to move," said coastal scientist Dr Lin Achterberg, who led the survey. "A storm takes sand away and the summer brings some back. The question we are trying to answer is whether, over many years, they are giving up more than they get."

                        So far the answer is mixed. Over eight years of records, the dunes at the southern end of the beach have grown slightly, while those at the northern end have steadily lost ground.

                        The station has recommended that the path through the dunes near the car park stays closed until the autumn, to let the marram grass recover, and has asked walkers to use the boardwalk instead. Volunteers will plant new marram along the most damaged stretches once the weather turns cooler.
                        """,
                        "environment", List.of(ADA), List.of(WEATHER, COASTLINE),
                        ALT_ABSTRACT_COAST,
                        "The dunes behind Sandling Beach were cut back into steep faces by three storms in a row.",
                        LEDGER_ILLUSTRATION,
                        13, 13, 25),

                new DemoArticle(
                        "under-twelves-football-league-doubles-in-size-in-a-single-season",
                        "Under-twelves football league doubles in size in a single season",
                        "Sixteen teams have signed up for the Larkhaven junior league this season, up from "
                                + "eight, prompting a hunt for more pitches, volunteer coaches and referees.",
                        """
                        Larkhaven's junior football league has doubled in size in a single year, with sixteen under-twelves teams signed up for the season that starts next month.

                        Organisers say the growth has been driven largely by girls' football. Last season there was one girls' team in the league. This year there are five, including two from primary schools that have never entered a team before.

                        > "We put a poster up in the school corridor and thirty girls turned up to the first session," said Hal Brennick, a parent who coaches one of the new sides. "We had to split them into two teams on the spot."

                        ## Pitches and people

                        Success has brought its own problems. League matches are played on Saturday mornings at the recreation ground on Marsh Road, which has room for only four small-sided pitches at once. Organisers have been forced to stagger kick-off times and are in talks with Wend Valley Academy about using its playing fields.

                        There is also a shortage of adults. Every team needs at least two coaches with safeguarding training, and the league needs more referees for the youngest age groups. League secretary Ottilie Grange said the league was looking for volunteers to help with:

                        - coaching, with free training courses available through the county association
                        - refereeing, which requires a short online course
                        - running the tea hut at the recreation ground on match days

                        The town council has agreed to pay for new goals and to repaint the pitch markings before the season begins. Councillors will also consider a request to improve the changing rooms on Marsh Road, which have no separate facilities for girls, at next month's meeting.

                        The season opens with a **festival day** on the first Saturday of next month, when every team will play three short matches and no league table will be kept. Families are welcome to come along and watch.
                        """,
                        "sport", List.of(TOMAS, NELL), List.of(FOOTBALL, SCHOOLS, COMMUNITY),
                        ALT_HARBOUR_TOWN,
                        "The recreation ground on Marsh Road can fit only four small-sided pitches at once.",
                        LEDGER_ILLUSTRATION,
                        16, 19, 0),

                new DemoArticle(
                        "residents-give-cautious-welcome-to-plans-for-forty-homes-at-brackenfold",
                        "Residents give cautious welcome to plans for forty homes at Brackenfold",
                        "A housing association wants to build forty affordable homes on a field above the town, "
                                + "but neighbours have questions about traffic on the narrow lane leading to the site.",
                        """
                        A proposal to build forty homes on a field at Brackenfold, on the hillside above the town, has received a cautious welcome from residents at a packed public exhibition in the parish hall.

                        The scheme, put forward by the Wend Valley Housing Association, would provide a mix of one, two and three-bedroom homes, all of them either for rent below market rates or for shared ownership. The association says priority would be given to people who live or work in Larkhaven.

                        The shortage of affordable homes is one of the most pressing issues in the town. Rents have risen sharply as more houses have become holiday lets, and the council's housing register now lists more than three hundred households waiting for a home.

                        > "My daughter works at the surgery and she's living in a caravan," said Greta Lindqvist, who has lived on Brackenfold Lane for thirty years. "So I'm not going to be the one standing in the way of this. But they have to sort out the road."

                        ## Concerns over the lane

                        The road is the main sticking point. Brackenfold Lane is narrow, steep and has no pavement for much of its length, and residents are worried about traffic from forty new households as well as construction lorries during the building work.

                        The housing association said it was considering a new footpath linking the site to the primary school, and a passing place halfway up the lane. A traffic study will be published alongside the planning application.

                        Other points raised at the exhibition included:

                        - whether the homes would be built to high energy efficiency standards
                        - the effect on views from the coastal path
                        - pressure on the local primary school and doctors' surgery

                        The association expects to submit a planning application in the autumn. Comments on the draft plans can be made until the end of the month through the [consultation page](https://example.org/wendvalley-housing/brackenfold).
                        """,
                        "town", List.of(NELL), List.of(HOUSING, COUNCIL_BUDGET),
                        ALT_WIDE_SKY,
                        "The Brackenfold site sits on the hillside above the old town.",
                        OKAFOR_ILLUSTRATION,
                        18, 12, 15),

                new DemoArticle(
                        "lantern-procession-returns-to-the-esplanade-after-three-year-pause",
                        "Lantern procession returns to the Esplanade after three-year pause",
                        "Hundreds of handmade paper lanterns will light up the seafront next month as the "
                                + "town's midsummer procession returns, with workshops already under way in schools "
                                + "and the library.",
                        """
                        The midsummer lantern procession, once one of the highlights of Larkhaven's year, will return to the Esplanade next month after a three-year absence.

                        The procession was last held shortly before its organising committee disbanded, when several long-standing volunteers stepped down and nobody came forward to replace them. This year a new group, made up largely of parents and local artists, has taken on the job of reviving it.

                        Lantern-making workshops began last week at the library, the community centre and four primary schools. Participants build their lanterns from willow sticks, tissue paper and glue, with a small battery light inside rather than the candles used in the procession's early years.

                        ## Bigger and brighter

                        Organiser Wren Castellane said the new committee had tried to keep the spirit of the old event while making it simpler to run.

                        > "People have such strong memories of it," she said. "Walking along the seafront as a child, holding a lantern you made yourself. We wanted to give that back to a new generation of children, and to all the adults who have missed it."

                        The procession will set off from the bandstand at dusk, follow the Esplanade to the harbour and finish on Gullstone Quay, where the town band will play and the largest lanterns will be displayed along the harbour wall.

                        This year's theme is *The Tide Comes In*, and the organisers are hoping for plenty of fish, boats, gulls and jellyfish. A giant lantern in the shape of a whale, made by students from the art department at Wend Valley Academy, will lead the way.

                        Free workshops continue every Saturday until the event. Materials are provided, but places are limited and should be booked through the [festival website](https://example.org/larkhaven/lantern-procession).
                        """,
                        "culture", List.of(TOMAS), List.of(FESTIVAL, COMMUNITY),
                        ALT_HARBOUR_TOWN,
                        "The procession will finish on Gullstone Quay, where the largest lanterns will line the harbour wall.",
                        LEDGER_ILLUSTRATION,
                        21, 15, 50),

                new DemoArticle(
                        "swift-boxes-fitted-under-town-hall-eaves-to-bring-birds-back",
                        "Swift boxes fitted under town hall eaves to bring birds back",
                        "Twenty nesting boxes have been installed beneath the eaves of the town hall as part of "
                                + "a community effort to reverse a steep decline in swifts over Larkhaven.",
                        """
                        Twenty nesting boxes for swifts have been fitted beneath the eaves of Larkhaven town hall, the latest step in a campaign to bring the birds back to the town's summer skies.

                        Swifts spend almost their entire lives on the wing, landing only to nest. They return from Africa each year to breed in gaps under roof tiles and in crevices in old walls, but many of those spaces have disappeared as buildings have been repaired, insulated or replaced.

                        Volunteers from the Larkhaven Swift Group have recorded a steady fall in the number of birds screaming over the old town on summer evenings. Their counts suggest numbers have roughly halved over the past fifteen years.

                        ## A small start

                        The boxes on the town hall were installed by contractors already working on the roof, at a cost of a few hundred pounds. Each box has a small entrance hole designed to suit swifts while keeping out larger birds.

                        > "Swifts are very loyal to their nest sites, so it can take a few years before new boxes are used," said Felix Ormond, who leads the swift group. "We'll be playing recordings of swift calls from the roof this summer to let passing birds know there's a vacancy."

                        The group has also persuaded the builders of a new block of flats on Ferry Road to include special swift bricks in the walls, and is asking homeowners who are having roof work done to consider fitting a box at the same time.

                        Residents can help by reporting where they see swifts nesting, particularly in the older streets around Chapel Steps and Market Square. Sightings can be logged through the group's [online survey](https://example.org/larkhaven-swifts/survey), which will help volunteers decide where future boxes should go.
                        """,
                        "environment", List.of(ADA), List.of(WILDLIFE, COMMUNITY),
                        ALT_WIDE_SKY,
                        "Swifts nest in gaps under roof tiles in the older streets of the town.",
                        OKAFOR_ILLUSTRATION,
                        24, 9, 45),

                new DemoArticle(
                        "coastal-half-marathon-sells-out-in-record-time-for-its-tenth-year",
                        "Coastal half marathon sells out in record time for its tenth year",
                        "All 1,200 places in the Larkhaven Harriers' clifftop half marathon were taken within "
                                + "four hours, as the club prepares to mark a decade of the race.",
                        """
                        Entries for the tenth Larkhaven Coastal Half Marathon sold out in just under four hours this week, breaking the race's previous record by more than a day.

                        Organised by the Larkhaven Harriers running club, the race follows the coastal path from the Esplanade to Kestrel Point lighthouse and back through the woods of the Wend Valley. It is known as one of the toughest half marathons in the region, with more than four hundred metres of climbing, several flights of steps and a final mile along the sand.

                        Race director Joss Whitlow said the club had deliberately kept the field small to protect the path and to avoid overwhelming the town.

                        > "We could probably fill it three times over, but then it would stop being the race people love," he said. "Part of the charm is that you can still hear the sea and the skylarks, not just other runners breathing."

                        ## A decade on the cliffs

                        The first race attracted fewer than two hundred runners, most of them club members and their friends. Since then it has raised more than sixty thousand pounds for the volunteer lifeboat crew and the local hospice.

                        To mark the tenth edition, the Harriers are planning a few additions:

                        - a free junior race along the Esplanade the evening before
                        - a commemorative medal designed by pupils from the town's primary schools
                        - a *ten-year club* for the nineteen runners who have completed every race so far

                        There is a waiting list for places that become free if entrants withdraw. Volunteers are also needed to marshal the course, staff the water stations and hand out medals at the finish, and can sign up through the [Harriers' website](https://example.org/harriers/volunteer).
                        """,
                        "sport", List.of(TOMAS), List.of(COMMUNITY, COASTLINE),
                        ALT_ABSTRACT_COAST,
                        "The route climbs to Kestrel Point lighthouse before returning through the Wend Valley woods.",
                        LEDGER_ILLUSTRATION,
                        27, 17, 35),

                new DemoArticle(
                        "pupils-at-fernbrook-primary-redesign-their-playground-with-a-wild-garden",
                        "Pupils at Fernbrook Primary redesign their playground with a wild garden",
                        "After a year of planning, pupils at Fernbrook Primary have swapped part of their tarmac "
                                + "playground for a pond, a willow tunnel and a vegetable patch they designed themselves.",
                        """
                        When pupils at Fernbrook Primary were asked what they would change about their school, the answer came back loud and clear: less tarmac, more nature.

                        A year later, a third of the playground has been transformed. Where there was once a flat grey rectangle there is now a small pond, a willow tunnel, raised vegetable beds and a patch of long grass that is left uncut until late summer.

                        The project was designed almost entirely by the children. Each class drew up its own plans, and a pupil council of twelve children, two from each year group, chose the final design and presented it to the school governors.

                        > "We wanted somewhere to go when it's too noisy," said Amara, aged ten, one of the pupil councillors. "And somewhere to find frogs."

                        ## Learning outside

                        Headteacher Ruth Salter said the garden was already being used for lessons across the curriculum, from measuring plant growth in maths to writing poems about the pond in English.

                        Volunteers from the marine station and the allotment society helped to dig the pond and plant the willow, while a building firm on the industrial estate donated materials and labour for the paths and raised beds. The total cost of around eighteen thousand pounds was raised through:

                        - a grant from the town council's community fund
                        - parent-teacher association events, including a sponsored walk
                        - donations from local businesses

                        The school hopes the garden will draw wildlife back into a part of town with little green space. Pupils have already recorded frogspawn in the pond and a pair of blackbirds nesting in the hedge along the boundary fence.

                        The garden will be open to families and neighbours at an open afternoon at the end of term, when the children themselves will give guided tours.
                        """,
                        "town", List.of(NELL, ADA), List.of(SCHOOLS, COMMUNITY),
                        ALT_HARBOUR_TOWN,
                        "A third of the Fernbrook Primary playground has been given over to a pond and garden.",
                        LEDGER_ILLUSTRATION,
                        30, 11, 40),

                new DemoArticle(
                        "choral-society-celebrates-its-centenary-with-a-harbourside-concert",
                        "Choral society celebrates its centenary with a harbourside concert",
                        "Around eighty singers, past and present, joined the Larkhaven Choral Society on "
                                + "Gullstone Quay to mark a hundred years since its first rehearsal in a sail loft.",
                        """
                        A hundred years after its first rehearsal in a sail loft above the harbour, the Larkhaven Choral Society marked its centenary on Saturday with an open-air concert on Gullstone Quay.

                        Around eighty singers took part, including current members and more than twenty former members who travelled back to Larkhaven for the occasion. The audience, estimated by organisers at well over a thousand, filled the quay and spilled onto the harbour steps and the decks of moored boats.

                        The programme mixed the society's best-loved pieces with songs connected to the town's history, including a set of fishing songs collected from Larkhaven families in the nineteen-thirties and newly arranged for the choir by its musical director, Cecily Amberton.

                        ## A hundred years of rehearsals

                        The society was founded by a group of net-makers, shop workers and teachers who met weekly in the loft of a sailmaker's workshop. It has rehearsed almost every week since, moving between church halls and schools and, for the past thirty years, the upstairs room of the Anchor Rooms on Quay Street.

                        > "My grandmother sang in this choir, and my mother, and now me," said alto Bryony Cale, who joined at sixteen. "When we sang the old fishing songs tonight, I could hear all of them."

                        The concert ended, as every society concert has for as long as anyone can remember, with the evening song *Safe Home*, sung as the sun went down over the harbour mouth.

                        The society is marking its centenary year with a series of events, including an exhibition of photographs and old programmes at the library and a new piece by a young composer to be premiered at Christmas. New singers are welcome and no audition is needed. Rehearsals take place on Tuesday evenings.
                        """,
                        "culture", List.of(TOMAS), List.of(ARTS, FESTIVAL, HARBOUR),
                        ALT_BOATS,
                        "The audience filled Gullstone Quay and watched from the decks of moored boats.",
                        LEDGER_ILLUSTRATION,
                        33, 20, 10),

                new DemoArticle(
                        "river-wend-water-quality-improves-for-a-third-year-running",
                        "River Wend water quality improves for a third year running",
                        "Monthly samples taken by volunteers show lower levels of nutrients and bacteria in the "
                                + "river, and brown trout have been seen in stretches where none were found for years.",
                        """
                        Water quality in the River Wend has improved for the third year in a row, according to the latest annual report from the Wend Valley Rivers Trust.

                        The report draws on monthly samples taken at eight sites along the river, from the springs on the moor down to the estuary at Larkhaven harbour. It found lower levels of nutrients and bacteria at six of the eight sites compared with the previous year, and no significant change at the other two.

                        The trust credits a combination of measures. Several farms in the upper valley have fenced their fields back from the riverbank and planted strips of trees and hedges to catch run-off. The water company has also upgraded the treatment works at Milbury, reducing the number of times untreated sewage overflows into the river after heavy rain.

                        ## Signs of life

                        Perhaps the most welcome sign has been the return of fish. Volunteers have reported brown trout in stretches where none had been seen for years, and the trust's annual survey of river insects found a wider variety of mayfly and caddis fly larvae than at any time since records began.

                        > "It's not a miracle and it's not finished," said the trust's director, Sefa Lindgren. "But it shows what happens when people along the whole length of a river decide to work together."

                        There is still work to do. The lowest sampling site, close to the harbour, continues to record occasional high bacteria levels after storms, and the trust advises against swimming near the river mouth for at least two days after heavy rain.

                        The full report, including results for each sampling site, is available on the [trust's website](https://example.org/wend-rivers/annual-report).
                        """,
                        "environment", List.of(ADA), List.of(WILDLIFE, COASTLINE),
                        ALT_WIDE_SKY,
                        "The River Wend runs from the moor to the harbour, where it meets the sea.",
                        OKAFOR_ILLUSTRATION,
                        36, 8, 55),

                new DemoArticle(
                        "council-budget-parking-charges-frozen-but-beach-hut-fees-rise",
                        "Council budget: parking charges frozen but beach hut fees rise",
                        "Councillors approved next year's budget on Tuesday night, holding parking charges for "
                                + "residents while raising fees for beach huts for the first time in four years.",
                        """
                        Larkhaven Town Council has approved its budget for the coming year, freezing parking charges for a second year running while raising the annual fee for beach huts by twelve per cent.

                        The budget was passed by eleven votes to four after a debate lasting almost three hours in the council chamber on Tuesday night, with opposition councillors arguing that the town was becoming too dependent on income from visitors.

                        ## The main decisions

                        - no increase in parking charges in council car parks, and a continued discount for resident permit holders
                        - a **12% rise** in beach hut licence fees, the first increase in four years
                        - an extra forty thousand pounds for repairs to footpaths and steps in the old town
                        - continued funding for lifeguards on the main beach throughout the summer holidays
                        - a small increase in the town council's share of the council tax

                        Council leader Marcus Delacroix-Webb said the budget protected the services residents valued most while dealing with rising costs for energy, insurance and maintenance.

                        > "Every council is in the same position," he told the meeting. "We have tried to make sure that the people who live here all year round are not the ones who bear the brunt."

                        Beach hut owners have reacted angrily to the increase, pointing out that many huts have been in the same families for decades. The Beach Hut Owners' Association said it would ask for the rise to be phased in over two years.

                        Opposition councillor Nia Farrant, who voted against the budget, said the council should be doing more to raise money from second homes and holiday lets. "Every year we ask the same people to pay a bit more, and every year the town gets quieter in winter," she said.

                        The full budget papers, including a breakdown of spending by department, are published on the [council's website](https://example.org/larkhaven/budget).
                        """,
                        "town", List.of(NELL), List.of(COUNCIL_BUDGET, TRANSPORT),
                        ALT_HARBOUR_TOWN,
                        "Beach hut licence fees will rise by twelve per cent, the first increase in four years.",
                        LEDGER_ILLUSTRATION,
                        40, 14, 0),

                new DemoArticle(
                        "rovers-appoint-former-youth-coach-as-first-team-manager",
                        "Rovers appoint former youth coach as first-team manager",
                        "Bea Calloway, who has run Larkhaven Rovers' academy for six years, becomes the club's "
                                + "first woman manager and promises a team built around local players.",
                        """
                        Larkhaven Rovers have appointed Bea Calloway, the head of their youth academy, as first-team manager following the departure of her predecessor last month.

                        Calloway, who has coached at the club for more than a decade, becomes the first woman to manage the first team in the club's history. She takes over with Rovers sitting ninth in the county league, eleven points off the promotion places.

                        Club chair Stan Oduya said the board had interviewed five candidates but that Calloway had stood out.

                        > "Bea knows every player in this club, from the under-nines upwards," he said. "She has a clear idea of how she wants the team to play, and she understands what Rovers means to this town."

                        ## Home-grown talent

                        Calloway's appointment is likely to mean more chances for young players. Under her leadership the academy has produced six members of the current first-team squad, including winger Kit Ashby, who made his debut at sixteen.

                        Speaking at a short press conference in the clubhouse, Calloway said she wanted the team to play with *energy and ambition* and to reflect the character of the town. "I want people walking down Marsh Road on a Saturday to feel like it's their team out there," she said. "That means local players, it means working hard, and it means being brave with the ball."

                        Her first match in charge is at home to Hollow Cross on Saturday. Her first task, she said, will be to tighten a defence that has conceded more goals than any other side in the top half of the table.

                        Former academy assistant Gideon Rusk will take over the running of the youth programme. The club has also confirmed that season ticket holders will be offered a discount on cup tickets as a thank-you for their patience during a difficult start to the season.
                        """,
                        "sport", List.of(TOMAS), List.of(FOOTBALL),
                        ALT_WIDE_SKY,
                        "Bea Calloway takes charge with Rovers ninth in the county league.",
                        LEDGER_ILLUSTRATION,
                        43, 16, 25),

                new DemoArticle(
                        "book-festival-to-celebrate-writers-from-the-coasts-fishing-families",
                        "Book festival to celebrate writers from the coast's fishing families",
                        "This year's Larkhaven Book Festival will focus on writing about work and family at sea, "
                                + "with events in the harbour office, the library and a converted net loft.",
                        """
                        The Larkhaven Book Festival will this year turn its attention to the town's own stories, with a programme built around writers who grew up in fishing families along the coast.

                        The festival, now in its seventh year, runs over a long weekend in early summer. Its organisers say this year's theme, *Salt in the Ink*, came out of conversations with local readers who wanted to hear more voices from the working harbour.

                        Headline events include a conversation with novelist Orla Tremethick, whose debut about three generations of women running a fish shop was written in the back room of the shop itself, and a reading by poet Jago Fenwright, who worked on trawlers for twenty years before publishing his first collection.

                        ## Events in unusual places

                        As well as the main venues at the library and the Tidemark Theatre, some events will take place in spaces connected to the theme:

                        - a storytelling evening in the harbour master's office
                        - a poetry walk along the quay, with readings at each of the old mooring posts
                        - a writing workshop in a converted net loft above the chandlery

                        Festival director Hester Quill said the festival was keen to encourage new writing as well as to celebrate published authors.

                        > "Everyone in this town has a story about the sea, whether it's their grandfather's boat or the night the harbour flooded," she said. "We want people to leave the festival feeling that their stories are worth writing down."

                        A new award for unpublished short stories by writers living in the Wend Valley will be presented on the final evening. The closing date for entries is the end of next month.

                        Most events cost five pounds or less, and all events for children are free. The full programme and booking details are on the [festival website](https://example.org/larkhaven-books/programme).
                        """,
                        "culture", List.of(TOMAS, NELL), List.of(FESTIVAL, ARTS),
                        ALT_BOATS,
                        "Festival events will be held in the harbour office and a net loft above the chandlery.",
                        OKAFOR_ILLUSTRATION,
                        47, 10, 10),

                new DemoArticle(
                        "kelp-trial-off-kestrel-point-yields-its-first-harvest",
                        "Kelp trial off Kestrel Point yields its first harvest",
                        "A small seaweed farm run by two former fishermen has brought in its first crop, and "
                                + "scientists are monitoring whether the ropes of kelp help wildlife in the bay.",
                        """
                        The first harvest has been brought ashore from a small trial kelp farm in the sheltered water off Kestrel Point, a milestone for a project that its founders hope could offer a new kind of work on the water.

                        The farm is run by Arlo Penhallow and Sam Keverne, who fished out of Larkhaven for more than twenty years before deciding to try something different. Last autumn they seeded long ropes with tiny kelp plants and suspended them a couple of metres below the surface, anchored to the seabed at each end.

                        Over the winter the plants grew to more than two metres in length. This season the pair harvested around three tonnes of sugar kelp, which will be sold to a small food company and a maker of garden fertiliser.

                        > "I still go out in the boat every morning and I still check the weather first thing," said Penhallow. "It's just that now I'm growing something instead of catching it."

                        ## Watching the wildlife

                        Scientists at the Larkhaven Marine Station are using the trial to study how seaweed farms affect the surrounding sea. Kelp absorbs nutrients and carbon dioxide as it grows, and the ropes may provide shelter for fish and other animals.

                        Early results are encouraging. Divers surveying the farm have recorded young pollack, wrasse and crabs among the kelp, and the water around the ropes appears slightly clearer than elsewhere in the bay. Dr Hanno Vesey cautioned that it would take several years of monitoring before firm conclusions could be drawn.

                        The trial licence runs for three years. If it succeeds, the pair hope to expand the farm and to offer training to other fishermen interested in growing seaweed. A public talk about the project will be held at the marine station next month.
                        """,
                        "environment", List.of(ADA), List.of(HARBOUR, WILDLIFE, COASTLINE),
                        ALT_BOATS,
                        "The kelp ropes hang a couple of metres below the surface in the lee of Kestrel Point.",
                        LEDGER_ILLUSTRATION,
                        51, 7, 50),

                new DemoArticle(
                        "gull-island-ferry-to-run-all-year-round-for-the-first-time",
                        "Gull Island ferry to run all year round for the first time",
                        "The small passenger ferry between the harbour and Gull Island will keep running through "
                                + "the winter, after islanders argued that a seasonal service leaves them cut off.",
                        """
                        The passenger ferry linking Larkhaven harbour with Gull Island will run through the winter for the first time this year, after the town council agreed to help cover its costs in the quieter months.

                        Until now the ferry has operated only between Easter and the end of September, carrying a steady stream of visitors to the island's beaches, bird colonies and cafe. In winter the island's forty or so permanent residents have relied on their own boats or on arranging private crossings.

                        Islanders have argued for years that the seasonal service leaves them isolated for half of the year, making it difficult to get to doctors' appointments, to the shops or to work on the mainland.

                        > "In January you can look across at the town and it might as well be a hundred miles away," said Hedda Marrack, who runs the island's small farm. "This changes what it means to live here."

                        ## How it will work

                        The winter timetable will be reduced to three return crossings a day, on weekdays only, and sailings may be cancelled in bad weather. Summer services will continue as before.

                        The council has agreed to contribute up to twenty-five thousand pounds a year for an initial three-year period, covering the gap between ticket income and running costs in winter. Islanders and regular travellers will be able to buy discounted season tickets.

                        Ferry operator Lowen Trice said he was taking on an extra crew member to make the year-round service possible, and that the boat would have a heated cabin fitted before the cold weather arrives.

                        The first winter sailing will run on the first Monday of October. Timetables will be posted at the harbour office and on the [ferry's website](https://example.org/gull-island-ferry/timetable).
                        """,
                        "town", List.of(NELL), List.of(TRANSPORT, HARBOUR),
                        ALT_BOATS,
                        "Gull Island lies a short crossing from Larkhaven harbour.",
                        OKAFOR_ILLUSTRATION,
                        55, 13, 15),

                new DemoArticle(
                        "sea-swimmers-brave-a-chilly-sea-for-the-annual-lighthouse-dip",
                        "Sea swimmers brave a chilly sea for the annual Lighthouse Dip",
                        "More than three hundred swimmers ran into an eleven-degree sea beneath Kestrel Point "
                                + "lighthouse on Sunday, raising money for the town's volunteer lifeboat crew.",
                        """
                        More than three hundred swimmers braved a sea temperature of just eleven degrees on Sunday morning for the annual Lighthouse Dip at Kestrel Point, raising money for the Larkhaven volunteer lifeboat crew.

                        Swimmers gathered on the small beach beneath the lighthouse from nine o'clock, many of them in fancy dress. Among the costumes were a family of penguins, a lobster, several mermaids and a group of office workers dressed as a fleet of fishing boats, complete with cardboard wheelhouses.

                        At ten o'clock sharp a blast from the lifeboat's horn sent the swimmers running into the waves. Most were back on the sand within a couple of minutes, although a hardy few swam out to the marker buoy and back.

                        ## Respect the water

                        The event is run with the help of the lifeboat crew and the beach lifeguards, who kept watch from the water throughout. Organisers repeated their advice for anyone tempted to try cold-water swimming:

                        - never swim alone, and tell someone on shore where you are going
                        - walk in slowly and give your breathing time to settle
                        - get out before you feel cold, and warm up gradually afterwards

                        > "The sea doesn't care how fit you are," said lifeboat helm Corwin Ashdown. "We love this event because it brings the town together, but we also want people to understand that the water needs respect."

                        The oldest swimmer was Dorothea Gill, eighty-three, who has taken part in every Lighthouse Dip since the first one twenty-six years ago. Wrapped in two towels and holding a mug of tea, she declared the water *bracing but perfectly pleasant*.

                        The total raised is still being counted, but organisers expect it to exceed last year's figure of around nine thousand pounds. Donations can still be made through the [lifeboat crew's fundraising page](https://example.org/larkhaven-lifeboat/dip).
                        """,
                        "sport", List.of(TOMAS, ADA), List.of(COMMUNITY, WEATHER, COASTLINE),
                        ALT_ABSTRACT_COAST,
                        "Swimmers gathered on the small beach beneath Kestrel Point lighthouse.",
                        LEDGER_ILLUSTRATION,
                        59, 18, 45),

                new DemoArticle(
                        "old-ropewalk-building-will-become-a-home-for-artists-studios",
                        "Old ropewalk building will become a home for artists' studios",
                        "A long, narrow warehouse where rope was once made for the fishing fleet is to be "
                                + "converted into twelve affordable studios for painters, potters and makers.",
                        """
                        The Old Ropewalk, a long, low stone building that has stood empty at the back of the harbour for almost twenty years, is to be turned into affordable studios for local artists.

                        The building, which is more than a hundred metres long, was built in the nineteenth century for making rope for the town's fishing boats. Workers walked backwards along its length, twisting strands of fibre into rope as they went. It later served as a store for a boatyard and, briefly, as a furniture warehouse.

                        Planning permission has now been granted to convert it into twelve studios, a shared workshop with a kiln and a small gallery at the harbour end. The project is led by the Larkhaven Arts Trust, which has raised most of the money through grants and a community share offer.

                        ## Rents artists can afford

                        The trust says studios will be let at well below commercial rents, with priority for artists who live in the town. Many of Larkhaven's painters and makers currently work from sheds, spare bedrooms or kitchen tables, and some have left the area altogether.

                        > "There are brilliant people here who simply can't find anywhere to work," said the trust's chair, Lysander Oake, a potter who has had a studio on Chapel Steps for thirty years. "If we want Larkhaven to stay a place where things get made, not just sold, we need spaces like this."

                        The conversion will keep the building's most distinctive features, including its long timber roof, the iron hooks along the walls and the worn stone floor marked by generations of ropemakers' feet.

                        Building work is due to begin in the autumn and should take about a year. Artists interested in a studio can register through the [trust's website](https://example.org/larkhaven-arts/ropewalk).
                        """,
                        "culture", List.of(TOMAS), List.of(ARTS, HOUSING),
                        ALT_HARBOUR_TOWN,
                        "The Old Ropewalk stretches for more than a hundred metres behind the harbour.",
                        OKAFOR_ILLUSTRATION,
                        63, 12, 30),

                new DemoArticle(
                        "night-sky-campaigners-ask-the-town-to-dim-the-esplanade-lights",
                        "Night-sky campaigners ask the town to dim the Esplanade lights",
                        "A group of stargazers and wildlife volunteers wants seafront lighting switched to warmer, "
                                + "downward-facing lamps, arguing it would save money and help birds and bats.",
                        """
                        Campaigners have asked Larkhaven Town Council to dim the street lights along the Esplanade, arguing that the change would save money, help wildlife and give residents a better view of the night sky.

                        The request comes from Dark Skies Larkhaven, a group of amateur astronomers, bat and bird volunteers and seafront residents. The group has presented councillors with a petition signed by more than six hundred people.

                        The Esplanade is lit by around ninety lamp posts, many dating from the nineteen-seventies, which shine brightly in all directions, including out to sea. On a clear night the glow from the seafront can be seen from hills several miles inland.

                        ## What the campaigners want

                        The group is asking the council to:

                        - replace the old lamps with warmer, lower-energy lights that point downwards
                        - dim the lights after midnight, when the seafront is almost empty
                        - switch off the decorative floodlights on the bandstand outside the summer season

                        > "When I was a girl you could see the Milky Way from the end of the Esplanade," said Philippa Strand, a retired physics teacher who chairs the group. "My grandchildren have never seen it from here. That's something we've lost without really noticing."

                        The group points to research suggesting that artificial light at night can disorient migrating birds and shorten the feeding time of bats, as well as disturbing people's sleep. It also argues that modern lamps would cut the council's energy bill.

                        The council's highways officer said any changes would need to take account of safety, particularly on the steps down to the beach. A report on the cost of replacing the lamps will go to the environment committee later this year. Meanwhile, the group holds free stargazing evenings on the clifftop on the first clear Friday of each month.
                        """,
                        "environment", List.of(ADA, NELL), List.of(COUNCIL_BUDGET, WILDLIFE, COMMUNITY),
                        ALT_WIDE_SKY,
                        "Campaigners say the glow from the seafront can be seen from the hills inland.",
                        LEDGER_ILLUSTRATION,
                        68, 9, 5),

                new DemoArticle(
                        "secondary-school-opens-its-sports-hall-to-community-groups",
                        "Secondary school opens its sports hall to community groups",
                        "Wend Valley Academy will let local clubs use its sports hall, gym and playing fields "
                                + "on evenings and weekends, easing a long shortage of indoor space in the town.",
                        """
                        Wend Valley Academy is to open its sports hall, gym and playing fields to community groups in the evenings and at weekends, in a move that clubs say will ease a long-standing shortage of indoor space in Larkhaven.

                        Until now the town has had only one public indoor venue large enough for sports such as badminton, basketball and five-a-side football: the community centre on Ferry Road, which is booked solid most evenings and has a leaking roof.

                        Under an agreement with the town council, the academy will make its facilities available from six o'clock on weekday evenings and throughout the weekend. A caretaker will be employed to open and lock up, with the cost covered by a modest hourly charge to groups.

                        > "The school belongs to the town," said principal Dr Kwame Ashworth. "The building sits empty for half the year. It makes no sense for our hall to be dark while clubs are turning people away."

                        ## Who will use it

                        The first groups to sign up include:

                        - the Larkhaven Badminton Club, which has had a waiting list for two years
                        - a new walking football group for players over fifty
                        - the junior netball league, which until now has played outdoors in all weathers
                        - a dance school that has outgrown its room above a shop on Quay Street

                        Students will continue to have priority during the school day and for after-school clubs, and the agreement will be reviewed after a year.

                        Some neighbours have raised concerns about parking and noise late in the evening. The academy said activities would finish by ten o'clock and that its staff car park would be open to visitors, keeping cars off the surrounding streets.

                        Councillor Abel Fenn said the council had been trying to reach a similar agreement for years. Bookings can be made through the council's [community facilities page](https://example.org/larkhaven/community-bookings).
                        """,
                        "town", List.of(NELL), List.of(SCHOOLS, COMMUNITY),
                        ALT_HARBOUR_TOWN,
                        "Wend Valley Academy's sports hall will be open to clubs from six o'clock on weekdays.",
                        LEDGER_ILLUSTRATION,
                        72, 15, 20),

                new DemoArticle(
                        "rowing-club-launches-new-gig-built-by-volunteers-over-two-winters",
                        "Rowing club launches new gig built by volunteers over two winters",
                        "The Larkhaven Gig Rowing Club's newest boat, built by hand in a borrowed shed, was "
                                + "carried through the streets and launched from the slipway on Saturday.",
                        """
                        Crowds lined the streets of the old town on Saturday as a brand new racing gig, built entirely by volunteers, was carried from its workshop to the harbour and launched for the first time.

                        The boat, a thirty-two-foot wooden gig of traditional design, took two winters to build in a borrowed shed on the industrial estate. A team of around twenty club members worked on it most weekends and many weekday evenings, under the guidance of retired boatbuilder Emlyn Carvosso.

                        > "Most of them had never held a plane before we started," said Carvosso, who is seventy-eight. "By the end they were better than some of the apprentices I trained. I'm very proud of them."

                        ## Elm, copper and patience

                        The gig is built of narrow elm planks fixed to oak frames with thousands of copper nails, each of which had to be hammered and clenched by hand. The club sourced the timber from a fallen tree on a farm in the Wend Valley, and the wood was left to season for a year before work began.

                        After a short ceremony on the quay, the boat was carried down the slipway by its builders and rowed across the harbour by a crew of the club's longest-serving members, to cheers from the harbour wall.

                        The new gig has been named **Marram**, after the tough grass that holds the dunes together, a name chosen by a vote of the club's junior members. It will be used mainly for training junior and novice rowers, and will race for the first time at the regional regatta.

                        Work has already begun on plans for a third boat. "Nobody has actually agreed to it yet," said club captain Tamsin Rowe, "but nobody has said no either."
                        """,
                        "sport", List.of(TOMAS), List.of(ROWING, COMMUNITY),
                        ALT_BOATS,
                        "The new gig was rowed across the harbour by the club's longest-serving members.",
                        OKAFOR_ILLUSTRATION,
                        77, 19, 30),

                new DemoArticle(
                        "market-hall-traders-launch-a-monthly-night-market-with-live-music",
                        "Market hall traders launch a monthly night market with live music",
                        "Stalls will stay open until ten on the last Friday of each month, with local bands, "
                                + "street food and a craft fair aimed at bringing life to the town centre after dark.",
                        """
                        Larkhaven's old market hall will stay open late on the last Friday of every month from now on, as traders launch a night market aimed at bringing more life to the town centre after dark.

                        The first night market, held last Friday, drew a crowd that stallholders described as the busiest they had seen in years. By eight o'clock the queue for the street food stalls stretched out of the main doors and across Market Square.

                        The idea came from a group of younger traders who have taken on stalls in the hall over the past two years. They say that while the market is busy on weekday mornings, the town centre has become very quiet in the evenings, particularly outside the summer season.

                        > "We kept hearing people say there was nothing to do in town on a Friday night unless you wanted to go to the pub," said Noor Halloran, who runs a stall selling handmade ceramics. "So we thought, why not give them something?"

                        ## Something for everyone

                        Each night market combines the hall's regular traders with visiting stallholders and performers, and includes:

                        - live music on a small stage beneath the clock, featuring local bands and solo musicians
                        - street food from around a dozen vendors, many of them based in the Wend Valley
                        - a craft fair with work by local makers
                        - a children's corner with games and face painting until seven o'clock

                        The market hall is owned by the town council, which has agreed to waive the extra cost of opening late for the first six months. After that, organisers hope the market will pay its own way through stall fees.

                        Next month's market will have a maritime theme, with sea shanties from members of the choral society and a display of model boats by the model engineering club. Entry is free.
                        """,
                        "culture", List.of(TOMAS), List.of(COMMUNITY, FESTIVAL),
                        ALT_HARBOUR_TOWN,
                        "The queue for street food stretched out of the market hall and across Market Square.",
                        LEDGER_ILLUSTRATION,
                        83, 11, 55),

                new DemoArticle(
                        "volunteer-weather-station-records-the-wettest-winter-in-two-decades",
                        "Volunteer weather station records the wettest winter in two decades",
                        "Readings from the volunteer-run weather station above the harbour show the town had "
                                + "around a third more rain than usual over the winter, with two days of heavy flooding.",
                        """
                        Larkhaven has just had its wettest winter in more than twenty years, according to records kept by the volunteer-run weather station in the grounds of the marine station, on the hill above the harbour.

                        The station recorded more than four hundred millimetres of rain over the three winter months, around a third more than the average since readings began. Rain fell on all but eleven days, and on two occasions more than forty millimetres fell in a single day.

                        The station has been run by a small team of volunteers since the early two-thousands. Every morning at nine o'clock one of them climbs the path to read the rain gauge and thermometers, and the figures are written by hand into a ledger before being typed up online.

                        > "We don't miss a day, not even Christmas morning," said Gwilym Rosser, who has been one of the readers for fifteen years. "The whole value of it is that it's unbroken. You can't go back and fill in a day you missed."

                        ## What the numbers mean

                        One wet winter does not make a trend, scientists say, and Larkhaven's weather has always been changeable. But the station's long record does show some patterns:

                        - winters have become slightly milder on average, with fewer frosts
                        - downpours of more than thirty millimetres in a day have become more frequent
                        - summers show no clear change in total rainfall

                        The extra rain caused problems across the town. The River Wend burst its banks twice near the bottom of the valley, flooding the allotments and the recreation ground, and several roads in the old town were closed after drains overflowed.

                        The station's full records are freely available through its [data archive](https://example.org/marine-station/weather), and the volunteers are looking for new readers to join the rota.
                        """,
                        "environment", List.of(ADA), List.of(WEATHER),
                        ALT_WIDE_SKY,
                        "The rain gauge on the hill above the harbour has been read every morning for two decades.",
                        LEDGER_ILLUSTRATION,
                        89, 10, 0));
    }
}
