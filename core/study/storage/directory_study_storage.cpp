#include "study/storage/directory_study_storage.h"

namespace hyperlab {

DirectoryStudyStorage::DirectoryStudyStorage(Study& study, StudyJournal* journal)
    : m_study(study), m_journal(journal) {}

DirectoryStudyStorage::~DirectoryStudyStorage() {
    if (m_journal)
        m_study.setCreationHook(nullptr);
}

void DirectoryStudyStorage::studyStarted(int workers, bool resumed) {
    if (!m_journal)
        return;
    // The hook first: a study whose start could not be written still must
    // not create trials the journal misses (the runner stops it anyway).
    m_study.setCreationHook([journal = m_journal](const Trial& t) { journal->trialCreated(t); });
    m_journal->studyStarted(workers, resumed);
}

TrialSnapshot DirectoryStudyStorage::claim(const std::function<bool()>&) {
    return m_study.ask();  // never waits: this process is the only worker
}

void DirectoryStudyStorage::release(int number) {
    m_study.release(number);
}

void DirectoryStudyStorage::trialStarted(int number) {
    if (m_journal)
        m_journal->trialStarted(number);
}

void DirectoryStudyStorage::epoch(int number, int repeat, const EpochMetrics& metrics) {
    if (m_journal)
        m_journal->epoch(number, repeat, metrics);
}

void DirectoryStudyStorage::trialFinished(int number, const TrialOutcome& outcome) {
    if (m_journal)
        m_journal->trialFinished(number, outcome);
}

void DirectoryStudyStorage::studyFinished(const StudySummary& summary) {
    if (!m_journal)
        return;
    m_study.setCreationHook(nullptr);
    m_journal->studyFinished(summary);
}

}  // namespace hyperlab
