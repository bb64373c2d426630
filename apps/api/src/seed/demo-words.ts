/**
 * What the demo study's respondents wrote in the open questions: several paraphrases per
 * segment, so no two segments read alike and no segment reads like one template. A respondent
 * gets one sentence, sometimes followed by a short extra one.
 */
export interface OpenWords {
  /** "Walk us through how you use Chartwell in a typical week." */
  routine: string[];
  /** "What are you trying to achieve with Chartwell?" */
  goal: string[];
  /** "What is your biggest frustration with Chartwell today?" */
  pain: string[];
  /** "Why did you start using Chartwell?" */
  why: string[];
  /** Short second sentences some respondents add, per question. */
  extra: { routine: string[]; goal: string[]; pain: string[]; why: string[] };
}

/** Segment 0: analysts who run the weekly reporting for leadership. */
const REPORTING: OpenWords = {
  routine: [
    'Every morning I check the sales dashboards, and on Fridays I set up the scheduled reports that go to leadership on Monday.',
    'Daily: I refresh the finance dashboards, fix anything odd, then export to Excel for the people who still want spreadsheets.',
    'I build and maintain about a dozen dashboards and the scheduled reports behind the weekly leadership pack.',
    'Most days I am in the dashboards updating charts; once a week I check that the scheduled reports went out.',
    'An hour a day in dashboards and scheduled reports, plus the odd export to Excel for the board pack.',
    'A morning check of the KPI dashboards, then new charts whenever a department head asks for one.',
  ],
  goal: [
    'I want the weekly numbers in front of leadership every Monday without copying anything by hand.',
    'Basically to stop building the same report from scratch each week and let the dashboard do it.',
    'Get our sales and finance reporting into one dashboard the leadership team actually opens.',
    'I am trying to automate the Monday report so I can spend my time on analysis instead of formatting.',
    'One reliable weekly report for the leadership meeting instead of five versions floating around in email.',
    'Send scheduled reports to department heads so they stop asking me for the same numbers.',
    'A reporting pack for leadership that refreshes itself overnight.',
    'Cut the time I spend preparing the monthly board report from two days to an hour.',
  ],
  pain: [
    'The dashboards are slow: the big ones take over a minute to load right before the Monday meeting.',
    'Slow dashboards. When leadership opens the weekly report and it just spins, it makes me look bad.',
    'Refreshing a large dashboard is painfully slow once we pass a few million rows.',
    'Scheduled reports sometimes arrive with half the charts empty because the dashboard timed out.',
    'It is slow. Every filter change on the sales dashboard means another thirty seconds of waiting.',
    'Dashboards load slowly on Monday mornings, when everyone opens the weekly report at once.',
    'The dashboards are too slow to print, so I still export the report to Excel and fix it by hand.',
    'The PDF export of a dashboard cuts charts in half, so I rebuild the weekly report in slides.',
  ],
  why: [
    'We were drowning in spreadsheets and the weekly report took me a full day to put together.',
    'My manager wanted a single dashboard for leadership instead of the Excel files I emailed around.',
    'To replace a reporting process that was basically copy and paste between spreadsheets.',
    'Our old reporting tool was too expensive, and we needed scheduled reports for the leadership team.',
    'Leadership kept asking for the same numbers every week, so automating the report was the obvious move.',
    'The monthly board report was eating two days of my time and I wanted them back.',
  ],
  extra: {
    routine: ['Mondays are busiest.', 'It is the first tab I open.'],
    goal: ['Fridays should be for analysis, not formatting.', 'Leadership only looks at one dashboard anyway.', 'Less copy and paste, fewer mistakes.'],
    pain: ['Mondays are the worst.', 'People think the report is broken when it is just slow.', 'It got worse as our data grew.'],
    why: ['It used to take me a whole afternoon.', 'Spreadsheets were not scaling any more.', 'Leadership wanted one version of the truth.'],
  },
};

/** Segment 1: data engineers who keep the pipelines and connectors running. */
const PIPELINES: OpenWords = {
  routine: [
    'I check the data connectors first thing and several times a day, and the sync alerts tell me when something fails.',
    'Mostly in the SQL editor checking row counts after each sync, and setting up new data connectors.',
    'All day, really: monitoring data connectors, reading sync alerts, and fixing pipelines when a schema changes.',
    'I add data connectors for new sources, tune the sync schedules, and write SQL to validate the loads.',
    'Sync alerts go to my phone; when one fires I open the SQL editor and trace the broken pipeline.',
    'Several times a day I look at the connector status page and rerun the syncs that failed overnight.',
  ],
  goal: [
    'Keep every pipeline into the warehouse healthy, and know within minutes when a sync breaks.',
    'I want data the business can trust: connectors that sync on time and alerts when they do not.',
    'One place to monitor all our connectors instead of checking five different tools.',
    'Make sure a schema change upstream never silently breaks the numbers downstream.',
    'Reliable pipelines, honestly. If the syncs run, everything else takes care of itself.',
    'Catch data quality problems in the pipeline before anyone in the business sees a wrong number.',
    'Get every source into the warehouse on a schedule we can depend on, with alerts that reach whoever is on call.',
    'Spend fewer hours every week firefighting failed syncs.',
  ],
  pain: [
    'Connectors fail silently when a source schema changes, and we only find out when someone complains.',
    'Broken data connectors. A sync stops, there is no alert, and the warehouse tables go stale for days.',
    'The Salesforce connector breaks every time they add a custom field, and the sync error says nothing useful.',
    'Sync errors are buried in logs; I want an alert the moment a pipeline fails.',
    'Retries on a failed sync are manual, so a broken connector at night means a morning of cleanup.',
    'We cannot see what depends on a broken connector, so impact analysis is guesswork.',
    'Schema changes upstream silently break our pipelines while the connector keeps reporting success.',
    'The connectors are fragile: a rate limit or a renamed column and the whole sync falls over.',
  ],
  why: [
    'We needed one tool that connects to all our sources so the warehouse stays the single source of truth.',
    'I was tired of maintaining home-made scripts for every connector and babysitting cron jobs.',
    'It came with ready-made connectors for our databases, which saved us months of pipeline work.',
    'We wanted data we could trust, and monitoring every sync in one place was the selling point.',
    'We kept shipping wrong numbers because pipelines broke silently; the alerts are why we bought it.',
    'Building and maintaining connectors in-house was eating the whole data engineering team.',
  ],
  extra: {
    routine: ['Nights are covered by the on-call rota.', 'It is a big part of my job.'],
    goal: ['Boring pipelines are good pipelines.', 'Nobody should find a broken sync before we do.', 'Trust is the whole product for us.'],
    pain: ['Silent failures scare me more than anything.', 'It happens at least once a month.', 'The error messages do not help.'],
    why: ['Cron jobs at 3 am are no fun.', 'We are a small team.', 'Trust in the data was slipping.'],
  },
};

/** Segment 2: product and marketing managers who want to answer their own questions. */
const SELF_SERVE: OpenWords = {
  routine: [
    'Once or twice a week I open the shared dashboards and use metric search to find the numbers I need.',
    'Before my team meeting I look up campaign numbers with metric search and export them to Excel.',
    'I mostly read dashboards other people built, and export to Excel when I need to slice the numbers myself.',
    'A few times a week, usually to check a launch or a campaign: I search for the metric and filter by region.',
    'I browse the shared dashboards on Monday and copy a few charts into my slides.',
    'Whenever my boss asks a question I try metric search first, and ask the data team if that fails.',
  ],
  goal: [
    'Answer my own questions about campaign performance without waiting on the data team.',
    'I just want to look up a number myself before a meeting instead of filing a ticket with the analysts.',
    'Check how a feature launch is doing on my own, the same day, without asking anyone.',
    'Answer simple questions from my boss without waiting three days for an analyst.',
    'Self-serve: find the metric, filter it for my region, and get on with my day.',
    'Make decisions on real numbers rather than gut feeling, without bothering the data team every time.',
    'Understand our funnel well enough to explain it to my own team.',
    'Get answers to quick questions about customers in minutes, not after a week in the data team queue.',
  ],
  pain: [
    'I can never find the right metric: there are three dashboards called Revenue and they disagree.',
    'Hard to find the right dashboard. Search shows dozens of old ones nobody maintains.',
    'I do not know which definition of active user is the right metric, so I end up asking the data team anyway.',
    'Finding the right metric takes longer than just waiting for an analyst to send it to me.',
    'The metric names make sense to the analysts but not to me; I am never sure I am reading the right number.',
    'Too many dashboards, no explanations, and I am afraid of presenting the wrong metric to my boss.',
    'When I try to build my own chart I get lost in table names I do not understand.',
    'I end up exporting to Excel because I cannot find the right filter in the dashboard.',
  ],
  why: [
    'I was tired of waiting days for the data team to answer simple questions.',
    'My boss wanted the marketing team to answer its own questions instead of queueing for the analysts.',
    'The data team rolled it out so people like me could self-serve and stop sending them tickets.',
    'I needed numbers for my weekly team meeting and the analysts were always too busy.',
    'Waiting on someone else for every number was slowing my campaigns down.',
    'It promised I could ask questions in plain English, which sounded perfect for someone who does not write SQL.',
  ],
  extra: {
    routine: ['Rarely more than ten minutes at a time.', 'I never build anything from scratch.'],
    goal: ['I do not write SQL.', 'Speed matters more to me than precision.', 'Ideally before my Monday stand-up.'],
    pain: ['Plain-language descriptions would help a lot.', 'I gave up twice last month.', 'Search is not much help.'],
    why: ['The queue for the data team was weeks long.', 'Campaigns move faster than tickets.', 'My team asked for it.'],
  },
};

/** Segment 3: data scientists who explore data and test ideas before building models. */
const EXPLORERS: OpenWords = {
  routine: [
    'I open a notebook, write a few queries in the SQL editor, and plot distributions until an idea looks promising.',
    'Mostly notebooks and the Python API, for exploratory analysis before modelling.',
    'A few times a week I pull a sample into a notebook and test a hypothesis.',
    'SQL editor for the first look, notebooks for plots, then the Python API to pull what I need into my own scripts.',
    'I use the notebooks as a scratchpad to explore new tables and check feature ideas.',
    'Ad hoc exploration: a couple of queries, a couple of notebooks, and results shared with the other data scientists.',
  ],
  goal: [
    'Explore new data quickly and test a hypothesis before I spend a week building a model.',
    'Poke at the data in a notebook and see whether an idea is worth pursuing.',
    'Quick exploratory analysis close to the warehouse, then hand the interesting bits to the model pipeline.',
    'Prototype features for our churn model and check the distributions before training.',
    'Test ideas fast: a few queries, a couple of plots, and a yes or no on whether to dig deeper.',
    'Analyse experiments, like A/B test results, without moving data to my laptop.',
    'Share exploratory notebooks with other data scientists so we stop repeating the same analysis.',
    'Get from a question to a first plot in minutes, so I can explore more ideas in a day.',
  ],
  pain: [
    'The limits on advanced analysis: no proper statistics, so anything beyond an average goes back to Python on my laptop.',
    'The row limit on exports means I cannot pull a full dataset into a notebook for modelling.',
    'Notebooks time out on anything heavy, and I cannot install the Python packages I need.',
    'There is no way to run a regression or a significance test, so the analysis stops at pretty charts.',
    'Limits everywhere: query timeouts, export caps, and only a handful of libraries in the notebooks.',
    'Versioning notebooks is painful, so exploratory work gets lost or duplicated.',
    'Advanced analysis is limited; I export samples and do the real statistics elsewhere.',
    'The Python API is missing half of what the interface can do, which makes automating an analysis awkward.',
  ],
  why: [
    'It was the quickest way to explore the warehouse without setting up my own environment.',
    'The notebooks sit right next to the data, so I do not have to copy anything to my laptop.',
    'Our team wanted exploratory analysis and results in one place so they were easy to share.',
    'I wanted to test ideas before committing engineering time to a model.',
    'Curiosity, mostly: I like digging into new data, and it lets me do that in minutes.',
    'The SQL editor plus notebooks let me go from a question to a plot without waiting for infrastructure.',
  ],
  extra: {
    routine: ['The rest happens in my own environment.', 'Bursty: some weeks every day, some weeks not at all.'],
    goal: ['Most ideas are dead ends, so speed matters.', 'Then the real modelling happens elsewhere.', 'Ideally all in one notebook.'],
    pain: ['It stops right where the interesting part starts.', 'Rare events get lost in samples.', 'I would pay more to lift the limits.'],
    why: ['No tickets to infrastructure.', 'The data was already there.', 'It beat waiting for a cluster.'],
  },
};

/** In segment order: reporting, pipelines, self-serve, explorers. */
export const OPEN_WORDS: readonly OpenWords[] = [REPORTING, PIPELINES, SELF_SERVE, EXPLORERS];
