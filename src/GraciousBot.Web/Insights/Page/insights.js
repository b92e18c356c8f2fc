// The support leads' insights page: asks for the admin key once (kept in this tab's sessionStorage), then reads
// /admin/insights/summary for the chosen days, channel and language and draws it with chart.js (served by the app).
"use strict";

(() => {
  const KEY = "graciousbot.insights.key";
  const $ = (id) => document.getElementById(id);
  const charts = {};
  const palette = { completed: "#2f855a", nextItem: "#3182ce", anythingElse: "#805ad5", handoff: "#dd6b20", cancelled: "#718096", abandoned: "#c53030" };
  const outcomeNames = { completed: "Completed", nextItem: "Next item", anythingElse: "Anything else", handoff: "Handed over", cancelled: "Cancelled", abandoned: "Abandoned" };

  const definitions = [
    ["Closings", "Closings that ended in the period (by the day they ended, UTC), whatever the outcome."],
    ["Resolved", "Closings where the customer confirmed the issue was resolved ÷ closings. Silence is never counted as resolved."],
    ["CSAT", "Ratings of 4 or 5 ÷ ratings given (the share of satisfied customers). Mean rating is the average of the 1–5 ratings."],
    ["Survey response rate", "Ratings given ÷ closings where the rating question was asked (not asked when the customer rated recently, or when the closing ended earlier)."],
    ["Handed over", "Closings that handed the customer to a person ÷ closings, whatever the handover's final state."],
    ["Abandoned", "Closings the customer left unanswered for Closing:InactivityTimeout ÷ closings; they were ended for them."],
    ["Personal goodbyes", "Closings whose goodbye mentioned something personal the customer had said ÷ closings that said goodbye."],
    ["Outcomes", "completed: closed normally; nextItem: moved on to another open item; anythingElse: the customer had something else; handoff: with a person; cancelled: stopped by the customer or the calling bot; abandoned: the customer went quiet."],
  ];

  const percent = (rate) => rate === null || rate === undefined ? "–" : `${Math.round(rate * 1000) / 10}%`;
  const number = (value) => value === null || value === undefined ? "–" : String(value);

  function key() { return sessionStorage.getItem(KEY); }

  function askForKey(rejected) {
    $("key-error").hidden = !rejected;
    $("key").value = "";
    if (!$("key-dialog").open) { $("key-dialog").showModal(); }
    $("key").focus();
  }

  async function call(path) {
    const response = await fetch(path, { headers: { "X-Admin-Key": key() || "" } });
    if (response.status === 401) {
      sessionStorage.removeItem(KEY);
      askForKey(true);
      throw new Error("unauthorized");
    }
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      throw new Error(problem.detail || `The server answered ${response.status}.`);
    }
    return response;
  }

  function query() {
    const parameters = new URLSearchParams({ from: $("from").value, to: $("to").value });
    if ($("channel").value) { parameters.set("channel", $("channel").value); }
    if ($("locale").value) { parameters.set("locale", $("locale").value); }
    return parameters.toString();
  }

  function fillOptions(select, groups) {
    const chosen = select.value;
    const known = new Set([...select.options].map((o) => o.value));
    for (const group of groups) {
      if (!known.has(group.key)) { select.add(new Option(group.key, group.key)); }
    }
    select.value = chosen;
  }

  function card(label, value, detail, definition) {
    const element = document.createElement("div");
    element.className = "card";
    element.innerHTML = `<div class="label"></div><div class="value"></div><div class="detail"></div><div class="definition"></div>`;
    element.querySelector(".label").textContent = label;
    element.querySelector(".value").textContent = value;
    element.querySelector(".detail").textContent = detail;
    element.querySelector(".definition").textContent = definition;
    return element;
  }

  function renderCards(s) {
    const rate = (count) => s.closings === 0 ? null : count / s.closings;
    const saidGoodbye = s.outcomes.completed + s.outcomes.handoff;
    const cards = [
      card("Closings", number(s.closings), `${s.outcomes.completed} completed · ${s.outcomes.abandoned} abandoned`, definitions[0][1]),
      card("Resolved", percent(s.resolution.confirmedRate), `${s.resolution.confirmed} confirmed · ${s.resolution.denied} not resolved`, definitions[1][1]),
      card("CSAT", percent(s.csat.satisfiedShare), `mean ${number(s.csat.mean)} of 5 · ${s.csat.responses} ratings`, definitions[2][1]),
      card("Survey response rate", percent(s.csat.responseRate), `${s.csat.responses} of ${s.csat.asked} asked · ${s.surveysSkippedByCooldown} skipped (recently rated)`, definitions[3][1]),
      card("Handed over", percent(rate(s.handoffs.total)), `${s.handoffs.total} to a person`, definitions[4][1]),
      card("Abandoned", percent(rate(s.outcomes.abandoned)), `${s.outcomes.abandoned} went quiet`, definitions[5][1]),
      card("Personal goodbyes", percent(saidGoodbye === 0 ? null : s.personalizedGoodbyes / saidGoodbye), `${s.personalizedGoodbyes} goodbyes used a personal detail`, definitions[6][1]),
    ];
    $("cards").replaceChildren(...cards);
  }

  function draw(id, config) {
    if (typeof Chart === "undefined") { return; }
    charts[id]?.destroy();
    charts[id] = new Chart($(id), config);
  }

  const shortDay = (day) => day.slice(5);

  function renderCharts(s) {
    const days = s.byDay.map((d) => shortDay(d.day));
    draw("chart-days", {
      type: "bar",
      data: { labels: days, datasets: Object.keys(outcomeNames).map((name) => ({ label: outcomeNames[name], data: s.byDay.map((d) => d.outcomes[name]), backgroundColor: palette[name], stack: "outcomes" })) },
      options: { maintainAspectRatio: false, animation: false, scales: { x: { stacked: true, grid: { display: false } }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { position: "bottom" } } },
    });
    draw("chart-quality", {
      type: "line",
      data: {
        labels: days,
        datasets: [
          { label: "Mean rating (1–5)", data: s.byDay.map((d) => d.meanRating), borderColor: "#2f6f73", backgroundColor: "#2f6f73", yAxisID: "rating", spanGaps: true, tension: 0, pointRadius: 2 },
          { label: "Resolved (confirmed ÷ closings)", data: s.byDay.map((d) => d.confirmedRate === null ? null : d.confirmedRate * 100), borderColor: "#d69e2e", backgroundColor: "#d69e2e", yAxisID: "share", spanGaps: true, tension: 0, pointRadius: 2 },
        ],
      },
      options: {
        maintainAspectRatio: false, animation: false,
        scales: { rating: { position: "left", min: 1, max: 5 }, share: { position: "right", min: 0, max: 100, ticks: { callback: (v) => `${v}%` }, grid: { drawOnChartArea: false } }, x: { grid: { display: false } } },
        plugins: { legend: { position: "bottom" } },
      },
    });
    const ratingColors = ["#c53030", "#dd6b20", "#d69e2e", "#68a063", "#2f855a"];
    draw("chart-ratings", {
      type: "bar",
      data: { labels: ["1", "2", "3", "4", "5"], datasets: [{ label: "Ratings", data: ["1", "2", "3", "4", "5"].map((r) => s.csat.distribution[r] || 0), backgroundColor: ratingColors }] },
      options: { maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } }, x: { grid: { display: false } } } },
    });
    const reasons = Object.keys(s.handoffs.byReason);
    draw("chart-handoffs", {
      type: "bar",
      data: { labels: reasons.length ? reasons : ["none"], datasets: [{ label: "Handovers", data: reasons.length ? reasons.map((r) => s.handoffs.byReason[r]) : [0], backgroundColor: "#dd6b20" }] },
      options: { indexAxis: "y", maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { grid: { display: false } } } },
    });
    const states = Object.entries(s.handoffs.byState).map(([state, count]) => `${state}: ${count}`).join(" · ");
    $("handoff-states").textContent = states ? `Final state — ${states}` : "No handovers in this period.";
  }

  function renderTable(id, groups, heading) {
    const table = $(id);
    const head = `<thead><tr><th>${heading}</th><th>Closings</th><th>Resolved</th><th>Mean rating</th><th>Handed over</th></tr></thead>`;
    table.innerHTML = head + "<tbody></tbody>";
    const body = table.querySelector("tbody");
    for (const g of groups) {
      const row = body.insertRow();
      for (const value of [g.key, number(g.closings), percent(g.confirmedRate), number(g.meanRating), percent(g.handoffRate)]) {
        row.insertCell().textContent = value;
      }
    }
    if (groups.length === 0) { body.insertRow().insertCell().textContent = "No closings in this period."; }
  }

  function renderComments(s) {
    const list = $("comments");
    list.replaceChildren();
    if (s.latestComments.length === 0) {
      const item = document.createElement("li");
      item.textContent = s.commentsLeft > 0
        ? `${s.commentsLeft} comment(s) were left; their text is not kept (turn on Insights:KeepComments to read them here).`
        : "No comments in this period.";
      list.append(item);
      return;
    }
    for (const c of s.latestComments.slice(0, 10)) {
      const item = document.createElement("li");
      const stars = document.createElement("span");
      stars.className = `stars r${c.rating ?? 0}`;
      stars.textContent = c.rating ? `${c.rating}★` : "–";
      const text = document.createElement("span");
      text.textContent = c.comment;
      const meta = document.createElement("span");
      meta.className = "meta";
      meta.textContent = `${c.endedAt.slice(0, 10)} · ${c.channel} · ${c.locale}`;
      item.append(stars, text, meta);
      list.append(item);
    }
  }

  async function load() {
    if (!key()) { askForKey(false); return; }
    $("status").textContent = "Loading…";
    try {
      const summary = await (await call(`/admin/insights/summary?${query()}`)).json();
      $("main").hidden = false;
      fillOptions($("channel"), summary.byChannel);
      fillOptions($("locale"), summary.byLocale);
      renderCards(summary);
      renderCharts(summary);
      renderTable("by-channel", summary.byChannel, "Channel");
      renderTable("by-locale", summary.byLocale, "Language");
      renderComments(summary);
      $("status").textContent = `${summary.closings} closing(s) from ${summary.from} to ${summary.to}${summary.channel ? ` on ${summary.channel}` : ""}${summary.locale ? ` in ${summary.locale}` : ""}.`;
    } catch (failure) {
      if (failure.message !== "unauthorized") { $("status").textContent = failure.message; }
    }
  }

  async function downloadCsv() {
    try {
      const blob = await (await call(`/admin/insights/closings.csv?${query()}`)).blob();
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = `closings-${$("from").value}-to-${$("to").value}.csv`;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (failure) {
      if (failure.message !== "unauthorized") { $("status").textContent = failure.message; }
    }
  }

  function start() {
    const today = new Date();
    const from = new Date(today.getTime() - 29 * 86400000);
    const params = new URLSearchParams(location.search);
    $("to").value = params.get("to") || today.toISOString().slice(0, 10);
    $("from").value = params.get("from") || from.toISOString().slice(0, 10);
    $("definitions").replaceChildren(...definitions.flatMap(([term, meaning]) => {
      const dt = document.createElement("dt"); dt.textContent = term;
      const dd = document.createElement("dd"); dd.textContent = meaning;
      return [dt, dd];
    }));
    $("filters").addEventListener("submit", (event) => { event.preventDefault(); load(); });
    $("csv").addEventListener("click", downloadCsv);
    $("forget").addEventListener("click", () => { sessionStorage.removeItem(KEY); askForKey(false); });
    $("key-form").addEventListener("submit", () => { sessionStorage.setItem(KEY, $("key").value); load(); });
    load();
  }

  start();
})();
