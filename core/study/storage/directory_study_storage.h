#pragma once

#include "study/model/study.h"
#include "study/storage/study_journal.h"
#include "study/storage/study_storage.h"

namespace hyperlab {

/// The single-process backend: trials come from the Study in memory
/// (Study::ask) and events go to its journal (a study directory's
/// journal.jsonl), or nowhere when `journal` is null (an in-memory study).
/// While it exists, the Study's creation hook writes trial_created events.
class DirectoryStudyStorage : public StudyStorage {
public:
    DirectoryStudyStorage(Study& study, StudyJournal* journal);
    ~DirectoryStudyStorage() override;
    DirectoryStudyStorage(const DirectoryStudyStorage&) = delete;
    DirectoryStudyStorage& operator=(const DirectoryStudyStorage&) = delete;

    void studyStarted(int workers, bool resumed) override;
    TrialSnapshot claim(const std::function<bool()>& stopRequested) override;
    void release(int number) override;
    void trialStarted(int number) override;
    void epoch(int number, int repeat, const EpochMetrics& metrics) override;
    void trialFinished(int number, const TrialOutcome& outcome) override;
    void studyFinished(const StudySummary& summary) override;

private:
    Study& m_study;
    StudyJournal* m_journal;
};

}  // namespace hyperlab
