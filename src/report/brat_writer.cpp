// report/brat_writer.cpp — quotations as brat standoff, in PolNeAR's layout: per article a
// DOC.txt (the text as read) and a DOC.ann with Source, Cue and Content spans (code points) and
// an Attribution event tying them, for an editor to correct in brat and a scorer to read back.
#include <filesystem>
#include <fstream>
#include <set>
#include <stdexcept>

#include <fmt/format.h>
#include <unistd.h>

#include "report/codepoints.hpp"
#include "verbatim/output.hpp"

namespace verbatim {
namespace {

namespace fs = std::filesystem;

class brat_writer final : public quote_writer {
public:
    explicit brat_writer(std::string folder) : folder_(std::move(folder)) {
        if (folder_.empty() || folder_ == "-") throw std::runtime_error("-f brat writes a folder: give it with -o FOLDER");
        while (folder_.size() > 1 && folder_.back() == '/') folder_.pop_back(); // ("out/brat/")
        std::error_code ec;
        if (fs::exists(folder_, ec) && !(fs::is_directory(folder_, ec) && fs::is_empty(folder_, ec)))
            throw std::runtime_error(fmt::format("cannot write {}: it exists and is not an empty folder", folder_));
        auto parent = fs::path(folder_).parent_path();
        if (!parent.empty() && !fs::is_directory(parent, ec))
            throw std::runtime_error(fmt::format("cannot write {}: folder {} does not exist", folder_, parent.string()));
        // (the folder appears under its name only when complete)
        temp_ = fmt::format("{}.tmp-{}", fs::path(folder_).lexically_normal().string(), static_cast<long>(::getpid()));
        fs::create_directory(temp_);
    }
    ~brat_writer() override {
        if (!committed_) {
            std::error_code ec;
            fs::remove_all(temp_, ec);
        }
    }

    void add(document const& doc, std::vector<quotation> const& quotes) override {
        // (a long article comes in parts: one pair of files, the numbering going on)
        if (doc.id != doc_ || &doc.text != text_) open(doc);
        codepoint_index cp(doc.text);
        auto span = [&](std::vector<text_span> const& spans) {
            std::string where, words;
            for (auto const& s : spans) {
                if (s.end <= s.begin) continue;
                where += fmt::format("{}{} {}", where.empty() ? "" : ";", cp(s.begin), cp(s.end));
                if (!words.empty()) words += ' ';
                words += doc.text.substr(s.begin, s.end - s.begin);
            }
            for (auto& c : words)
                if (c == '\n' || c == '\r' || c == '\t') c = ' ';
            return std::pair{where, words};
        };
        auto entity = [&](std::string_view type, std::vector<text_span> const& spans) {
            auto [where, words] = span(spans);
            if (where.empty()) return std::string();
            ann_ << fmt::format("T{}\t{} {}\t{}\n", ++t_, type, where, words);
            return fmt::format("T{}", t_);
        };
        for (auto const& q : quotes) {
            auto const content = entity("Content", q.spans);
            if (content.empty()) continue;
            std::string cue, source;
            if (q.cue) cue = entity("Cue", {q.cue->span});
            if (q.speaker && q.speaker->span.end > q.speaker->span.begin) source = entity("Source", {q.speaker->span});
            // the event's trigger: the cue's words, else the content's
            auto const trigger = entity("Attribution", q.cue ? std::vector<text_span>{q.cue->span} : q.spans);
            ann_ << fmt::format("E{}\tAttribution:{} Content:{}{}{}\n", ++e_, trigger, content, cue.empty() ? "" : " Cue:" + cue,
                                source.empty() ? "" : " Source:" + source);
        }
    }

    void finish() override {
        close();
        std::error_code ec;
        if (fs::exists(folder_, ec)) fs::remove(folder_, ec); // (an empty folder was given)
        fs::rename(temp_, folder_);
        committed_ = true;
    }

private:
    /// A file name for a document id: its folders and odd characters made underscores.
    static std::string file_stem(std::string const& id) {
        std::string out;
        for (char c : id) out += (c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' || c == '<' || c == '>' || c == '|') ? '_' : c;
        return out.empty() ? std::string("document") : out;
    }
    void open(document const& doc) {
        close();
        doc_ = doc.id;
        text_ = &doc.text;
        t_ = e_ = 0;
        auto stem = file_stem(doc.id);
        for (int n = 2; used_.contains(stem); ++n) stem = fmt::format("{}-{}", file_stem(doc.id), n);
        used_.insert(stem);
        std::ofstream txt(fs::path(temp_) / (stem + ".txt"), std::ios::binary);
        txt << doc.text;
        if (!txt) throw std::runtime_error(fmt::format("error writing {}", (fs::path(temp_) / (stem + ".txt")).string()));
        ann_.open(fs::path(temp_) / (stem + ".ann"), std::ios::binary | std::ios::trunc);
    }
    void close() {
        if (!ann_.is_open()) return;
        ann_.close();
        if (!ann_) throw std::runtime_error(fmt::format("error writing the annotations of {}", doc_));
    }

    std::string folder_, temp_, doc_;
    std::string const* text_ = nullptr;
    std::ofstream ann_;
    std::size_t t_ = 0, e_ = 0;
    std::set<std::string> used_;
    bool committed_ = false;
};

} // namespace

std::unique_ptr<quote_writer> make_brat_writer(std::string const& folder) { return std::make_unique<brat_writer>(folder); }

} // namespace verbatim
