// libFuzzer target: any bytes as two statements (split at the first tab) through claim analysis,
// pair judgement and the tracker with its three report writers; and the same bytes as a TSV
// pairs file through the pairs reader.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

#include "text/utf8.hpp"
#include "verbatim/claims.hpp"
#include "verbatim/ingest.hpp"
#include "verbatim/quotation.hpp"
#include "verbatim/speakers.hpp"
#include "verbatim/report.hpp"
#include "verbatim/tracker.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string text(reinterpret_cast<char const*>(data), size);
    verbatim::text::repair_utf8(text);
    auto tab = text.find('\t');
    std::string a = text.substr(0, tab), b = tab == std::string::npos ? std::string() : text.substr(tab + 1);
    auto fa = verbatim::analyse_claim(a);
    auto fb = verbatim::analyse_claim(b);
    for (auto const& f : {fa, fb})
        if (f.certainty < -1 || f.certainty > 1 || f.terms().size() != f.words().size()) __builtin_trap();
    for (bool same_time : {true, false}) {
        auto j = verbatim::compare_claims(fa, fb, same_time);
        if (j.reasons.empty() || j.similarity < 0 || j.similarity > 1.000001) __builtin_trap();
    }
    (void)verbatim::compare_accounts(fa, fb);

    // Both halves as two dated articles through the tracker and the report writers.
    verbatim::speaker_directory directory;
    verbatim::claim_tracker tracker;
    int n = 0;
    for (auto const& body : {a, b}) {
        verbatim::document d;
        d.id = "doc" + std::to_string(++n);
        d.date = n == 1 ? "2026-01-01" : "2026-02-01";
        d.text = body;
        auto quotes = verbatim::extract_quotations(d);
        directory.add(d, quotes);
        tracker.add(d, quotes);
    }
    auto report = tracker.finish(directory);
    std::ostringstream out;
    for (auto format : {"md", "html", "json"}) verbatim::write_claim_report(format, out, report);

    // The raw bytes as a TSV pairs file.
    static std::string const path = "/tmp/fuzz_claims_" + std::to_string(::getpid()) + ".tsv";
    {
        std::ofstream f(path, std::ios::binary | std::ios::trunc);
        f.write(reinterpret_cast<char const*>(data), static_cast<std::streamsize>(size));
    }
    verbatim::read_claim_pairs(
        path, [](verbatim::claim_pair&& p) { (void)verbatim::compare_claims(verbatim::analyse_claim(p.text_a), verbatim::analyse_claim(p.text_b)); },
        [](verbatim::diagnostic const&) {});
    return 0;
}
