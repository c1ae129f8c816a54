#pragma once
// One wadah's agreements as a history: newest first, each renewal linked to the one it follows, and the
// signed documents of the chosen agreement (attach, open, remove).

#include "agreements/agreement.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace perisai::agreements {

class HistoryPanel : public QWidget {
    Q_OBJECT

public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    void showChain(const std::vector<AgreementRow> &chain, qint64 selectedId);
    void showDocuments(const QString &agreementNumber, const std::vector<DocumentInfo> &documents);
    void clear();
    int cardCount() const { return m_cards; }
    qint64 selectedDocument() const;

signals:
    void agreementClicked(qint64 agreementId);
    void attachRequested();
    void openRequested(qint64 documentId);
    void removeRequested(qint64 documentId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *card(const AgreementRow &row, bool selected);

    QLabel *m_title = nullptr;
    QVBoxLayout *m_chain = nullptr;
    QLabel *m_documentsTitle = nullptr;
    QListWidget *m_documents = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_remove = nullptr;
    int m_cards = 0;
};

} // namespace perisai::agreements
