// Articles made in a test and the claim-change report on them, for the tests of claims and of the
// numbers that moved.
#pragma once

#include <initializer_list>
#include <string>
#include <utility>

#include "verbatim/claims.hpp"
#include "verbatim/quotation.hpp"
#include "verbatim/speakers.hpp"
#include "verbatim/tracker.hpp"

namespace verbatim_test {

inline verbatim::document make_doc(std::string id, std::string date, std::string text) {
    verbatim::document d;
    d.id = std::move(id);
    d.date = std::move(date);
    d.text = std::move(text);
    return d;
}

/// The claim report on some documents, each read as `verbatim report` reads an article: its
/// quotations, and with `with_figures` the numbers it states in its own voice too.
inline verbatim::claim_report report_of(std::initializer_list<verbatim::document const*> docs, bool with_figures = false) {
    verbatim::speaker_directory directory;
    verbatim::claim_tracker tracker;
    for (auto const* d : docs) {
        auto q = verbatim::extract_quotations(*d);
        directory.add(*d, q);
        tracker.add(*d, q);
        if (with_figures) tracker.add_figures(verbatim::figures_of(*d, q));
    }
    return tracker.finish(directory);
}

} // namespace verbatim_test
