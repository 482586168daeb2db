// claims/claim.cpp — the claim a quotation makes: who said it, where and when, and its content
// normalised (analyse.cpp) with what the cue says of it.
#include "verbatim/claims.hpp"
#include "verbatim/speakers.hpp"

namespace verbatim {

std::optional<claim> claim_of_unanalysed(document const& doc, quotation const& q) {
    if (!q.speaker || !is_named_entity(q.speaker->entity) || q.spans.empty()) return std::nullopt;
    // A question ("asked whether the deal was done") states nothing: no claim.
    if (q.cue && q.cue->meaning.kind == cue_class::question) return std::nullopt;
    claim c;
    c.entity = intern(q.speaker->entity);
    c.speaker = intern(q.speaker->name);
    c.kind = q.speaker->kind;
    c.doc = intern(doc.id);
    c.date = intern(doc.date);
    c.title = intern(doc.title);
    c.url = intern(doc.url);
    c.form_kind = q.kind;
    c.text = content_text(doc, q);
    for (auto& ch : c.text)
        if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
    c.at = q.spans.front().begin;
    if (q.cue) {
        c.cue = intern(q.cue->text);
        c.cue_says = q.cue->meaning;
    }
    return c;
}

void analyse_claim_form(claim& c) {
    c.form = analyse_claim(c.text, c.cue.view(), c.cue_says);
    c.form.text = {}; // the same as c.text: held once
}

std::optional<claim> claim_of(document const& doc, quotation const& q) {
    auto c = claim_of_unanalysed(doc, q);
    if (!c) return std::nullopt;
    analyse_claim_form(*c);
    if (c->form.terms().empty()) return std::nullopt;
    return c;
}

} // namespace verbatim
