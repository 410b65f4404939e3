// A background job's page (/jobs/{id}): the progress bar follows ?handler=status (the job as GET /api/v1/jobs/{id} has it) every second; once the job
// is over, the page is loaded again so that the server writes its report.
(() => {
  const section = document.getElementById('job');
  if (!section || section.dataset.over === 'true') return;
  const bar = document.getElementById('job-bar');
  const done = document.getElementById('job-done');
  const number = new Intl.NumberFormat(document.documentElement.lang || 'fr');

  const poll = async () => {
    try {
      const response = await fetch(section.dataset.jobUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (response.ok) {
        const job = await response.json();
        const percent = Math.round(job.progress * 100);
        bar.value = percent;
        bar.textContent = `${percent} %`;
        done.textContent = section.dataset.doneText.replace('{0}', number.format(job.done)).replace('{1}', number.format(job.total));
        if (job.status === 'done' || job.status === 'failed') {
          window.location.reload();
          return;
        }
      }
    } catch {
      // The network came back or not: the next round tries again.
    }
    window.setTimeout(poll, 1000);
  };
  window.setTimeout(poll, 500);
})();
