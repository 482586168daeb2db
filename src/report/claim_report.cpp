// report/claim_report.cpp — the claim-change report: flagged changes first (both claims quoted
// verbatim, with dates, documents and the rule that fired), then the disagreements between
// speakers, then each speaker's topic timelines. Markdown, one HTML page, or JSON.
#include <iterator>
#include <ostream>

#include <fmt/format.h>

#include "report/csv.hpp"
#include "report/json.hpp"
#include "verbatim/report.hpp"

namespace verbatim {
namespace {

/// The claim as printed: quoted words in quote marks; a cue that is part of the claim before what
/// it reports ("endorsed the ferry plan", "denied he met her").
std::string shown(claim const& c) {
    if (c.form_kind == quote_kind::direct) return "\xE2\x80\x9C" + c.text + "\xE2\x80\x9D";
    if (!c.form.lead.empty()) return std::string(c.form.lead.view()) + ' ' + c.text;
    return c.text;
}

/// A reason without its leading "rule: " (the writers name the rule themselves).
std::string_view evidence(judgement const& v, std::string const& why) {
    std::string_view w = why;
    if (w.starts_with(v.rule) && w.substr(v.rule.size()).starts_with(": ")) w.remove_prefix(v.rule.size() + 2);
    return w;
}

std::string date_of(claim const& c) { return c.date.empty() ? "(no date)" : std::string(c.date.view()); }

std::string topic_text(topic_thread const& t) {
    std::string s;
    for (std::size_t i = 0; i < t.topic.size(); ++i) s += (i ? ", " : "") + t.topic[i];
    return s.empty() ? "(various)" : s;
}

std::string html_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string md_escape(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '*' || c == '_' || c == '`' || c == '<' || c == '>' || c == '[' || c == ']' || c == '#' || c == '|') out += '\\';
        out += c;
    }
    return out;
}

/// "1 change", "2 changes": a count and its noun, singular for one.
std::string counted(std::size_t n, std::string_view one, std::string_view many) { return fmt::format("{} {}", n, n == 1 ? one : many); }

std::string summary_line(claim_report const& r) {
    std::size_t figures = 0;
    for (auto const& c : r.claims) figures += c.reported;
    auto const stated = r.figures;
    return fmt::format("{} by {} in {} with claims{}: {} flagged, {} between speakers, {} that moved, {} followed over time.",
                       counted(r.claims.size() - figures, "claim", "claims"), counted(r.speakers, "named speaker", "named speakers"),
                       counted(r.documents, "article", "articles"),
                       stated ? fmt::format(", and {} the articles state", counted(stated, "figure", "figures")) : std::string(),
                       counted(r.changes.size(), "change", "changes"), counted(r.disagreements.size(), "disagreement", "disagreements"),
                       counted(r.numbers.size(), "series of numbers", "series of numbers"), counted(r.threads.size(), "topic", "topics"));
}

/// Who gives a number: the speaker, or the article itself for a figure.
std::string source_of(claim const& c) { return c.reported ? std::string("the article") : std::string(c.speaker.view()); }

/// A series' heading: what is measured, and of what.
std::string series_title(number_series const& n) {
    std::string s = n.metric;
    for (std::size_t k = 0; k < n.subject.size() && k < 4; ++k) s += (k ? ", " : " — ") + n.subject[k];
    return s;
}

/// The points of a series that its steps cite, in date order (the others repeat an amount).
std::vector<std::size_t> cited_points(number_series const& n) {
    std::vector<std::size_t> out;
    for (std::size_t k = 0; k < n.points.size(); ++k)
        for (auto const& st : n.steps)
            if (st.earlier == n.points[k].claim || st.later == n.points[k].claim) {
                out.push_back(k);
                break;
            }
    return out;
}

void write_markdown(std::ostream& out, claim_report const& r) {
    auto const& cl = r.claims;
    out << "# Claim-change report\n\n" << summary_line(r) << "\n\n";
    out << "## Changes, surest first\n\n";
    if (r.changes.empty()) out << "No speaker changed a claim that Verbatim could match.\n\n";
    for (auto const& c : r.changes) {
        auto const& a = cl[c.earlier];
        auto const& b = cl[c.later];
        out << fmt::format("### {} — {}\n\n", md_escape(a.speaker), to_string(c.verdict.rel));
        out << fmt::format("- {} · `{}` · {}\n", date_of(a), a.doc, md_escape(shown(a)));
        out << fmt::format("- {} · `{}` · {}\n", date_of(b), b.doc, md_escape(shown(b)));
        for (auto const& why : c.verdict.reasons) out << fmt::format("- rule *{}*: {}\n", c.verdict.rule, md_escape(evidence(c.verdict, why)));
        out << '\n';
    }
    out << "## Disagreements between speakers\n\n";
    if (r.disagreements.empty()) out << "None found.\n\n";
    for (auto const& c : r.disagreements) {
        auto const& a = cl[c.earlier];
        auto const& b = cl[c.later];
        out << fmt::format("### {} / {}\n\n", md_escape(a.speaker), md_escape(b.speaker));
        out << fmt::format("- **{}**, {} · `{}` · {}\n", md_escape(a.speaker), date_of(a), a.doc, md_escape(shown(a)));
        out << fmt::format("- **{}**, {} · `{}` · {}\n", md_escape(b.speaker), date_of(b), b.doc, md_escape(shown(b)));
        for (auto const& why : c.verdict.reasons) out << fmt::format("- rule *{}*: {}\n", c.verdict.rule, md_escape(evidence(c.verdict, why)));
        out << '\n';
    }
    out << "## Numbers that moved\n\n";
    if (r.numbers.empty()) out << "No count or measure of one subject changed between articles or sources.\n\n";
    for (auto const& n : r.numbers) {
        out << fmt::format("### {}\n\n", md_escape(series_title(n)));
        for (auto k : cited_points(n)) {
            auto const& c = cl[n.points[k].claim];
            auto const& q = c.form.quantities[n.points[k].quantity];
            out << fmt::format("- {} · **{}** · {} · `{}` · {}\n", date_of(c), md_escape(q.text), md_escape(source_of(c)), c.doc, md_escape(shown(c)));
        }
        out << '\n';
    }
    out << "## Timelines by speaker and topic\n\n";
    if (r.threads.empty()) out << "No speaker made two claims on one topic.\n\n";
    for (auto const& t : r.threads) {
        out << fmt::format("### {} — {} · {}\n\n", md_escape(t.speaker), md_escape(topic_text(t)), to_string(t.flip));
        for (auto k : t.claims) {
            auto const& c = cl[k];
            out << fmt::format("- {} · `{}` · *{}* · {}\n", date_of(c), c.doc, to_string(c.form_kind), md_escape(shown(c)));
        }
        out << '\n';
    }
}

/// The JSON report's layout: 2 added `version`, figures (`kind` `figure`), `numbers`,
/// `summary.figures`, and each claim's `title`, `url` and `cue_class`.
constexpr int report_json_version = 2;

void write_json(std::ostream& out, claim_report const& r) {
    // A million claims: each record appended into one buffer, no string made per field.
    std::string buf;
    auto claim_json = [&buf](claim const& c) -> std::string const& {
        buf.clear();
        auto out = std::back_inserter(buf);
        auto list = [&](std::span<word_view const> v) {
            buf += '[';
            for (std::size_t i = 0; i < v.size(); ++i) {
                if (i) buf += ", ";
                append_json_string(buf, v[i]);
            }
            buf += ']';
        };
        buf += "{\"speaker\": ";
        if (c.reported) buf += "null";
        else append_json_string(buf, c.speaker);
        buf += ", \"entity\": ";
        if (c.reported) buf += "null";
        else append_json_string(buf, c.entity);
        buf += ", \"doc\": ";
        append_json_string(buf, c.doc);
        buf += ", \"date\": ";
        append_json_string_or_null(buf, c.date);
        buf += ", \"title\": ";
        append_json_string_or_null(buf, c.title);
        buf += ", \"url\": ";
        append_json_string_or_null(buf, c.url);
        buf += ", \"kind\": ";
        append_json_string(buf, c.reported ? std::string_view("figure") : to_string(c.form_kind));
        buf += ", \"cue\": ";
        append_json_string_or_null(buf, c.cue);
        buf += ", \"cue_class\": ";
        append_json_string_or_null(buf, c.cue.empty() ? std::string_view{} : to_string(c.cue_says.kind));
        buf += ", \"cue_in_claim\": ";
        buf += c.form.lead.empty() ? "false" : "true";
        buf += ", \"text\": ";
        append_json_string(buf, c.text);
        buf += ", \"terms\": ";
        list(c.form.terms());
        buf += ", \"negated\": ";
        list(c.form.negated());
        fmt::format_to(out, ", \"polarity\": {}, \"certainty\": {:.2f}, \"hedges\": ", c.form.polarity, c.form.certainty);
        list(c.form.hedges());
        buf += ", \"boosters\": ";
        list(c.form.boosters());
        buf += ", \"quantities\": [";
        for (std::size_t i = 0; i < c.form.quantities.size(); ++i) {
            auto const& x = c.form.quantities[i];
            fmt::format_to(out, "{}{{\"value\": {}, \"high\": ", i ? ", " : "", x.value);
            if (x.high) fmt::format_to(out, "{}", *x.high);
            else buf += "null";
            buf += ", \"unit\": ";
            append_json_string(buf, x.unit);
            fmt::format_to(out, ", \"approximate\": {}}}", x.approximate);
        }
        buf += "], \"times\": ";
        list(c.form.times());
        buf += '}';
        return buf;
    };
    auto change_json = [](claim_change const& c) {
        std::string reasons = "[";
        for (std::size_t i = 0; i < c.verdict.reasons.size(); ++i) reasons += (i ? ", " : "") + json_string(c.verdict.reasons[i]);
        return fmt::format("{{\"earlier\": {}, \"later\": {}, \"relation\": {}, \"rule\": {}, \"reasons\": {}], "
                           "\"similarity\": {:.3f}, \"score\": {:.3f}}}",
                           c.earlier, c.later, json_string(to_string(c.verdict.rel)), json_string(c.verdict.rule), reasons,
                           c.verdict.similarity, c.score);
    };
    std::size_t cited_figures = 0;
    for (auto const& c : r.claims) cited_figures += c.reported;
    out << "{\"version\": " << report_json_version << ", \"summary\": {"
        << fmt::format("\"claims\": {}, \"speakers\": {}, \"documents\": {}, \"figures\": {}", r.claims.size() - cited_figures, r.speakers,
                       r.documents, r.figures)
        << "},\n\"claims\": [\n";
    for (std::size_t i = 0; i < r.claims.size(); ++i) out << (i ? ",\n" : "") << claim_json(r.claims[i]);
    out << "],\n\"changes\": [\n";
    for (std::size_t i = 0; i < r.changes.size(); ++i) out << (i ? ",\n" : "") << change_json(r.changes[i]);
    out << "],\n\"disagreements\": [\n";
    for (std::size_t i = 0; i < r.disagreements.size(); ++i) out << (i ? ",\n" : "") << change_json(r.disagreements[i]);
    out << "],\n\"numbers\": [\n";
    for (std::size_t i = 0; i < r.numbers.size(); ++i) {
        auto const& n = r.numbers[i];
        std::string subject = "[";
        for (std::size_t k = 0; k < n.subject.size(); ++k) subject += (k ? ", " : "") + json_string(n.subject[k]);
        std::string points = "[";
        for (std::size_t k = 0; k < n.points.size(); ++k) {
            auto const& q = r.claims[n.points[k].claim].form.quantities[n.points[k].quantity];
            points += fmt::format("{}{{\"claim\": {}, \"value\": {}, \"text\": {}}}", k ? ", " : "", n.points[k].claim, q.value, json_string(q.text));
        }
        out << (i ? ",\n" : "") << fmt::format("{{\"metric\": {}, \"subject\": {}], \"points\": {}], \"steps\": [", json_string(n.metric), subject, points);
        for (std::size_t k = 0; k < n.steps.size(); ++k) out << (k ? ", " : "") << change_json(n.steps[k]);
        out << "]}";
    }
    out << "],\n\"threads\": [\n";
    for (std::size_t i = 0; i < r.threads.size(); ++i) {
        auto const& t = r.threads[i];
        auto idx = [](std::vector<std::size_t> const& v) {
            std::string s = "[";
            for (std::size_t k = 0; k < v.size(); ++k) s += (k ? ", " : "") + std::to_string(v[k]);
            return s + "]";
        };
        std::string topic = "[";
        for (std::size_t k = 0; k < t.topic.size(); ++k) topic += (k ? ", " : "") + json_string(t.topic[k]);
        out << (i ? ",\n" : "")
            << fmt::format("{{\"speaker\": {}, \"entity\": {}, \"topic\": {}], \"flip\": {}, \"claims\": {}, \"changes\": {}}}",
                           json_string(t.speaker), json_string(t.entity), topic, json_string(to_string(t.flip)), idx(t.claims),
                           idx(t.changes));
    }
    out << "]}\n";
}

constexpr std::string_view html_style = R"(
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d232a;background:#fbfbf9}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:2px solid #d9dde2;padding-bottom:.2rem}
.summary{color:#555}.card{background:#fff;border:1px solid #e1e4e8;border-radius:8px;padding:.8rem 1rem;margin:1rem 0;box-shadow:0 1px 2px #0001}
.card h3{margin:.1rem 0 .5rem;font-size:1.05rem}.tag{display:inline-block;border-radius:4px;padding:0 .4rem;font-size:.8rem;font-weight:600;margin-left:.4rem;vertical-align:middle}
.contradiction{background:#fde2e1;color:#a3201a}.number-change{background:#fff1cc;color:#7a5600}.certainty-change{background:#e2ecfd;color:#1a4aa3}
.flop{background:#fde2e1;color:#a3201a}.half{background:#fff1cc;color:#7a5600}.none{background:#e6f4ea;color:#1e6b34}
ol.timeline{list-style:none;padding-left:0;border-left:3px solid #d9dde2;margin-left:.4rem}
ol.timeline li{position:relative;padding:.25rem 0 .45rem 1rem}ol.timeline li::before{content:"";position:absolute;left:-.45rem;top:.65rem;width:.6rem;height:.6rem;border-radius:50%;background:#8a94a0}
.date{font-variant-numeric:tabular-nums;font-weight:600;margin-right:.5rem}.doc{color:#6a737d;font-size:.82rem}.rule{color:#444;font-size:.88rem;margin-top:.3rem}
blockquote{margin:.2rem 0 0;padding:0;font-style:normal}.who{font-weight:600}
)";

void write_html(std::ostream& out, claim_report const& r) {
    auto const& cl = r.claims;
    out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Claim-change report</title>\n<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n<style>"
        << html_style << "</style></head><body>\n<h1>Claim-change report</h1>\n<p class=\"summary\">" << html_escape(summary_line(r)) << "</p>\n";
    auto item = [&](claim const& c, bool with_who) {
        return fmt::format("<li><span class=\"date\">{}</span>{}<span class=\"doc\">{}</span><blockquote>{}</blockquote></li>\n",
                           html_escape(date_of(c)), with_who ? fmt::format("<span class=\"who\">{}</span> ", html_escape(c.speaker)) : "",
                           html_escape(c.doc), html_escape(shown(c)));
    };
    auto card = [&](claim_change const& c, std::string const& title, bool with_who) {
        out << fmt::format("<div class=\"card\"><h3>{}<span class=\"tag {}\">{}</span></h3>\n<ol class=\"timeline\">\n", html_escape(title),
                           to_string(c.verdict.rel), to_string(c.verdict.rel));
        out << item(cl[c.earlier], with_who) << item(cl[c.later], with_who) << "</ol>\n";
        for (auto const& why : c.verdict.reasons)
            out << fmt::format("<div class=\"rule\">Rule <b>{}</b>: {}</div>\n", html_escape(c.verdict.rule),
                               html_escape(evidence(c.verdict, why)));
        out << "</div>\n";
    };
    out << "<h2>Changes, surest first</h2>\n";
    if (r.changes.empty()) out << "<p>No speaker changed a claim that Verbatim could match.</p>\n";
    for (auto const& c : r.changes) card(c, std::string(cl[c.earlier].speaker.view()), false);
    out << "<h2>Disagreements between speakers</h2>\n";
    if (r.disagreements.empty()) out << "<p>None found.</p>\n";
    for (auto const& c : r.disagreements) card(c, fmt::format("{} / {}", cl[c.earlier].speaker.view(), cl[c.later].speaker.view()), true);
    out << "<h2>Numbers that moved</h2>\n";
    if (r.numbers.empty()) out << "<p>No count or measure of one subject changed between articles or sources.</p>\n";
    for (auto const& n : r.numbers) {
        out << fmt::format("<div class=\"card\"><h3>{}<span class=\"tag number-change\">number-change</span></h3>\n<ol class=\"timeline\">\n",
                           html_escape(series_title(n)));
        for (auto k : cited_points(n)) {
            auto const& c = cl[n.points[k].claim];
            auto const& q = c.form.quantities[n.points[k].quantity];
            out << fmt::format("<li><span class=\"date\">{}</span><b>{}</b> · <span class=\"who\">{}</span> <span class=\"doc\">{}</span><blockquote>{}</blockquote></li>\n",
                               html_escape(date_of(c)), html_escape(q.text), html_escape(source_of(c)), html_escape(c.doc), html_escape(shown(c)));
        }
        out << "</ol></div>\n";
    }
    out << "<h2>Timelines by speaker and topic</h2>\n";
    for (auto const& t : r.threads) {
        std::string_view cls = t.flip == flip_rating::full_flop ? "flop" : t.flip == flip_rating::half_flip ? "half" : "none";
        out << fmt::format("<div class=\"card\"><h3>{} — {}<span class=\"tag {}\">{}</span></h3>\n<ol class=\"timeline\">\n",
                           html_escape(t.speaker), html_escape(topic_text(t)), cls, to_string(t.flip));
        for (auto k : t.claims) out << item(cl[k], false);
        out << "</ol></div>\n";
    }
    out << "</body></html>\n";
}

} // namespace

/// One row per flagged pair, for spreadsheets: the changes, the disagreements, then each step of
/// the numbers that moved, both claims with date, speaker, words, article and address.
void write_csv(std::ostream& out, claim_report const& r) {
    out << "section,relation,rule,reason,score,metric,date_a,speaker_a,text_a,doc_a,url_a,date_b,speaker_b,text_b,doc_b,url_b\n";
    auto side = [&](claim const& c) {
        return fmt::format("{},{},{},{},{}", csv_field(c.date.view()), csv_field(c.reported ? std::string_view("(the article)") : c.speaker.view()),
                           csv_field(shown(c)), csv_field(c.doc.view()), csv_field(c.url.view()));
    };
    auto row = [&](std::string_view section, claim_change const& c, std::string const& metric) {
        std::string why;
        for (auto const& w : c.verdict.reasons) why += (why.empty() ? "" : "; ") + std::string(evidence(c.verdict, w));
        out << fmt::format("{},{},{},{},{:.3f},{},{},{}\n", section, to_string(c.verdict.rel), csv_field(c.verdict.rule), csv_field(why),
                           c.score, csv_field(metric), side(r.claims[c.earlier]), side(r.claims[c.later]));
    };
    for (auto const& c : r.changes) row("change", c, {});
    for (auto const& c : r.disagreements) row("disagreement", c, {});
    for (auto const& n : r.numbers) {
        std::string metric = n.metric;
        for (auto const& w : n.subject) metric += (metric == n.metric ? " — " : ", ") + w;
        for (auto const& st : n.steps) row("number", st, metric);
    }
}

bool write_claim_report(std::string_view format, std::ostream& out, claim_report const& report) {
    if (format == "md") write_markdown(out, report);
    else if (format == "csv") write_csv(out, report);
    else if (format == "json") write_json(out, report);
    else if (format == "html") write_html(out, report);
    else return false;
    return true;
}

} // namespace verbatim
