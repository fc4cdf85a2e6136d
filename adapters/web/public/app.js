// The try-it page: posts the question, shows the server-escaped HTML answer and the platform renderings.
const chat = document.getElementById('chat');
const form = document.getElementById('ask');
const input = document.getElementById('question');
const views = {
  slack: document.getElementById('slack'),
  teams: document.getElementById('teams'),
  text: document.getElementById('text'),
};

function bubble(kind, node) {
  const div = document.createElement('div');
  div.className = `bubble ${kind}`;
  div.append(node);
  chat.append(div);
  div.scrollIntoView({ block: 'end' });
  return div;
}

async function ask(question) {
  const mine = document.createElement('p');
  mine.textContent = question || '(empty)';
  bubble('me', mine);
  try {
    const res = await fetch('/api/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question }),
    });
    const data = await res.json();
    if (!res.ok) throw new Error(data.error || res.statusText);
    const answer = document.createElement('div');
    answer.className = 'answer';
    answer.dataset.intent = data.intent;
    answer.innerHTML = data.html; // escaped by the server's renderer
    bubble('bot', answer);
    views.slack.textContent = JSON.stringify(data.previews.slack ?? 'Slack rendering not available', null, 2);
    views.teams.textContent = JSON.stringify(data.previews.teams ?? 'Teams rendering not available', null, 2);
    views.text.textContent = data.text;
  } catch (err) {
    const p = document.createElement('p');
    p.textContent = `Sorry, something went wrong: ${err.message}`;
    bubble('bot error', p);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const question = input.value;
  input.value = '';
  ask(question);
});

chat.addEventListener('click', (event) => {
  const target = event.target;
  if (target instanceof HTMLButtonElement && target.classList.contains('example')) ask(target.textContent);
});

for (const tab of document.querySelectorAll('[role=tab]')) {
  tab.addEventListener('click', () => {
    for (const other of document.querySelectorAll('[role=tab]'))
      other.setAttribute('aria-selected', String(other === tab));
    for (const view of document.querySelectorAll('.view')) view.hidden = view.id !== tab.dataset.view;
  });
}

ask('help');
