/**
 * The demo study's four interviews, one per segment, as spoken: each interviewee is also a
 * survey respondent (participant P1–P4), so the persona that holds them can quote them.
 */
export interface DemoInterview {
  /** Participant label, shared with the interviewee's survey response. */
  label: string;
  /** The segment the interviewee answered the survey from (index into the archetypes). */
  group: number;
  title: string;
  speaker: string;
  /** Interviewer and interviewee turns, alternating, starting with the interviewer. */
  turns: string[];
}

const AMARA: DemoInterview = {
  label: 'P1',
  group: 0,
  title: 'Interview with Amara, finance analyst',
  speaker: 'Amara',
  turns: [
    'Thanks for making time. Could you start by telling me what your week looks like?',
    "Sure. I'm a data analyst in the finance team, so most of my week is reporting. Sales, margins, headcount, the usual, and it all ends up in the weekly report for leadership.",
    'How does Chartwell fit into that?',
    "It's where the weekly report lives now. I've got a dashboard for each department and a scheduled report that goes out to the leadership team at seven on Monday morning.",
    'What did you do before?',
    'Spreadsheets. Honestly, loads of spreadsheets. I used to spend most of Friday copying numbers from one workbook into another and pasting charts into slides.',
    'What are you trying to get to, ideally?',
    'I want the numbers in front of leadership every Monday without me touching anything. The report should just refresh overnight and be right.',
    'And is it getting there?',
    'Mostly, yeah. The scheduling works. The problem is speed. The big dashboards are slow, like really slow, sometimes a minute to load.',
    'When does that hurt most?',
    'Monday mornings. Everyone opens the weekly report at the same time right before the leadership meeting and it just sits there spinning.',
    'What happens then?',
    "People message me asking if it's broken. So I've started exporting a PDF on Sunday night as a backup, which kind of defeats the point.",
    'Anything else about the reports themselves?',
    'The PDF export cuts charts in half sometimes. So I still end up rebuilding bits of the report in slides for the board pack.',
    'If you could change one thing tomorrow, what would it be?',
    "Make the dashboards load fast. If the weekly report opened in a couple of seconds, I'd be a happy person.",
    'Why does this matter so much to you?',
    'Because the time I get back is time for actual analysis. Nobody hired me to format slides. Getting my Fridays back is why I pushed for this tool in the first place.',
    'Last question: how would you describe it to a colleague?',
    "A good reporting tool that gets stuck when the data gets big. I'd recommend it, but I'd warn them about the slow dashboards.",
  ],
};

const TOMASZ: DemoInterview = {
  label: 'P2',
  group: 1,
  title: 'Interview with Tomasz, data engineer',
  speaker: 'Tomasz',
  turns: [
    'Thanks for joining. Tell me a bit about what you do.',
    "I'm one of three data engineers. We look after the pipelines, so everything that gets data from our sources into the warehouse.",
    'Where does Chartwell come in?',
    'Mostly the connectors. We sync Salesforce, Postgres, our billing system and a few marketing tools through it, and the dashboards sit on top.',
    'What made you pick it?',
    'We were maintaining home-made scripts for every source and babysitting cron jobs at night. The ready-made connectors were the selling point.',
    'What does a good week look like?',
    "A good week is when every sync runs on time and nobody notices us. Reliable pipelines, that's the whole job really.",
    'And a bad week?',
    'A bad week is when a connector breaks silently. Someone upstream changes a schema, the sync says success, and the numbers are wrong for three days.',
    'How do you find out?',
    "Usually a manager complains that a dashboard looks off. That's the worst way to find out, because by then they've already shown the wrong number to someone.",
    'What would help?',
    'Alerts. Proper alerts the moment a pipeline fails or a schema changes. Right now the sync errors are buried in the logs.',
    'Anything else about the connectors?',
    'Retries are manual. If a connector breaks at night, my morning is cleanup. And the Salesforce one breaks every time sales ops adds a custom field.',
    'How do you think about trust in the data?',
    "It's everything. If the business stops trusting the numbers, they go back to their own spreadsheets and all our pipeline work is wasted.",
    'What would you want us to build next?',
    "Show me which dashboards depend on a broken connector. Then I can tell people what's affected instead of guessing.",
    'Overall, how do you feel about the product?',
    "The connectors save us a lot of work, I'll give it that. But they're fragile, and silent failures scare me more than slow ones.",
  ],
};

const LENA: DemoInterview = {
  label: 'P3',
  group: 2,
  title: 'Interview with Lena, growth marketing lead',
  speaker: 'Lena',
  turns: [
    "Thanks for talking to us. What's your role?",
    "I run growth marketing for our European markets. So campaigns, budgets, and a lot of questions about what's working.",
    'How do you use Chartwell?',
    'Maybe once a week, sometimes less. I open the shared dashboards the data team built, check the campaign numbers, and export things to Excel when I need to slice them.',
    'Why did you start using it?',
    "Honestly, I was tired of waiting on the data team. I'd ask a simple question and get the answer three days later, after the campaign had already ended.",
    'What are you hoping to get out of it?',
    'I want to answer my own questions. Like, how did last week’s campaign do in Germany, without filing a ticket with the analysts.',
    'And can you?',
    "Sometimes. The hard part is finding the right metric. There are three dashboards called Revenue and they don't agree with each other.",
    'What do you do when that happens?',
    "I ask the data team which one is right. Which means I'm waiting on them again, so I'm back where I started.",
    'Is the naming the main issue?',
    "The names make sense to the analysts, not to me. I don't know if active users means thirty days or seven, and I'm scared of presenting the wrong number to my boss.",
    'Have you tried building your own charts?',
    "I tried once. I got lost in table names I didn't understand and gave up after twenty minutes.",
    'What would make it easier?',
    'A short explanation next to each metric, in normal words. And fewer old dashboards in the search results, because nobody maintains most of them anymore.',
    "How would you feel if you couldn't use it anymore?",
    "A bit lost, actually. When I do find the right dashboard it saves me days. I just wish finding it wasn't so hard.",
  ],
};

const RAVI: DemoInterview = {
  label: 'P4',
  group: 3,
  title: 'Interview with Ravi, data scientist',
  speaker: 'Ravi',
  turns: [
    'Thanks for joining. Can you describe your work?',
    "I'm a data scientist on the pricing team. A lot of my work is exploring new data and deciding whether an idea is worth turning into a model.",
    'Where does Chartwell fit?',
    "It's my scratchpad. I write a few queries in the SQL editor, open a notebook next to the data, and plot things until I know whether the hypothesis holds.",
    'Why that rather than your laptop?',
    "Because the notebooks sit right next to the warehouse. I don't have to copy anything locally or set up an environment, so I can explore in minutes.",
    'What are you trying to achieve in a typical week?',
    'Test as many ideas as I can, quickly. Most of them are dead ends, so the faster I can kill a bad idea, the better.',
    'What gets in the way?',
    "The limits on advanced analysis. There's no proper statistics, no regression, no significance test. Anything beyond an average, I go back to Python on my laptop.",
    "Can't you do that in the notebooks?",
    "Only a handful of Python packages are installed, and I can't add my own. Heavy notebooks time out after a few minutes, too.",
    'What about getting data out?',
    "There's a row limit on exports, so I can't pull a full dataset for modelling. I end up exporting samples, which is not ideal for rare events.",
    'How do you share what you find?',
    'I share notebooks with the other data scientists, but versioning is painful. Exploratory work gets lost or duplicated because nobody knows which copy is current.',
    'How satisfied are you overall?',
    "Middling. It's great for a first look at the data, but it stops right where the interesting analysis starts.",
    'What would change that?',
    "Let me install packages and run real statistics in the notebooks. And lift the export limits. Then I wouldn't need to leave the tool at all.",
    'Anything else?',
    "The Python API is missing half of what the interface can do. I'd love to automate my exploratory checks, but right now that's awkward.",
  ],
};

export const DEMO_INTERVIEWS: readonly DemoInterview[] = [AMARA, TOMASZ, LENA, RAVI];

const clock = (s: number) => `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;

/** The interview as a PLAIN transcript: "Speaker [mm:ss]: text", a blank line between turns. */
export function plainTranscript(interview: DemoInterview): string {
  let at = 4;
  return interview.turns
    .map((text, i) => {
      const line = `${i % 2 === 0 ? 'Interviewer' : interview.speaker} [${clock(at)}]: ${text}`;
      // Roughly speaking pace: two and a half words a second, plus a pause.
      at += Math.round(text.split(/\s+/).length / 2.5) + 2;
      return line;
    })
    .join('\n\n');
}
