// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace DealScope {

class ExplorerSource;
class SearchResultModel;
class SelectionHub;

// Full-text search: a field, results with snippets, arrow keys to move,
// Enter to open the article in the reader at the hit.
class SearchView : public QWidget
{
    Q_OBJECT

public:
    SearchView(ExplorerSource *source, SelectionHub *hub, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QListView *results() const { return m_results; }
    SearchResultModel *model() const { return m_model; }

public slots:
    void focusField(); // Ctrl+F, Ctrl+K
    void runSearch();  // now, without waiting for typing to pause

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openIndex(int row);

    ExplorerSource *m_source;
    SelectionHub *m_hub;
    QLineEdit *m_field;
    QListView *m_results;
    QLabel *m_status;
    SearchResultModel *m_model;
    QTimer *m_typing;
};

} // namespace DealScope
