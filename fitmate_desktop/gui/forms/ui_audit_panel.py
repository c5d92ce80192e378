# GENERATED from ui/audit_panel.ui — do not edit; run `make forms` to regenerate.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QTextBrowser, QTextEdit,
    QVBoxLayout, QWidget)

from fitmate_desktop.gui.widgets.state_view import StateView

class Ui_AuditPanel(object):
    def setupUi(self, AuditPanel):
        if not AuditPanel.objectName():
            AuditPanel.setObjectName(u"AuditPanel")
        AuditPanel.resize(1100, 760)
        self.panelLayout = QVBoxLayout(AuditPanel)
        self.panelLayout.setSpacing(10)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(18, 14, 18, 12)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(10)
        self.headerRow.setObjectName(u"headerRow")
        self.titleLabel = QLabel(AuditPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"h1")

        self.headerRow.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(AuditPanel)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setProperty(u"role", u"muted")

        self.headerRow.addWidget(self.subtitleLabel)

        self.spacer1 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.spacer1)

        self.chainLabel = QLabel(AuditPanel)
        self.chainLabel.setObjectName(u"chainLabel")
        self.chainLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerRow.addWidget(self.chainLabel)

        self.verifyButton = QPushButton(AuditPanel)
        self.verifyButton.setObjectName(u"verifyButton")

        self.headerRow.addWidget(self.verifyButton)


        self.panelLayout.addLayout(self.headerRow)

        self.filterRow = QHBoxLayout()
        self.filterRow.setSpacing(8)
        self.filterRow.setObjectName(u"filterRow")
        self.personEdit = QLineEdit(AuditPanel)
        self.personEdit.setObjectName(u"personEdit")
        self.personEdit.setClearButtonEnabled(True)
        self.personEdit.setMaximumSize(QSize(260, 16777215))
        self.personEdit.setProperty(u"field", True)

        self.filterRow.addWidget(self.personEdit)

        self.entityCombo = QComboBox(AuditPanel)
        self.entityCombo.setObjectName(u"entityCombo")
        self.entityCombo.setMinimumSize(QSize(170, 0))
        self.entityCombo.setProperty(u"field", True)

        self.filterRow.addWidget(self.entityCombo)

        self.periodCombo = QComboBox(AuditPanel)
        self.periodCombo.setObjectName(u"periodCombo")
        self.periodCombo.setMinimumSize(QSize(150, 0))
        self.periodCombo.setProperty(u"field", True)

        self.filterRow.addWidget(self.periodCombo)

        self.fromDate = QDateEdit(AuditPanel)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)
        self.fromDate.setProperty(u"field", True)

        self.filterRow.addWidget(self.fromDate)

        self.toLabel = QLabel(AuditPanel)
        self.toLabel.setObjectName(u"toLabel")
        self.toLabel.setProperty(u"role", u"muted")

        self.filterRow.addWidget(self.toLabel)

        self.toDate = QDateEdit(AuditPanel)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)
        self.toDate.setProperty(u"field", True)

        self.filterRow.addWidget(self.toDate)

        self.clearFiltersButton = QPushButton(AuditPanel)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")

        self.filterRow.addWidget(self.clearFiltersButton)

        self.spacer2 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.spacer2)

        self.countLabel = QLabel(AuditPanel)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setProperty(u"role", u"count")

        self.filterRow.addWidget(self.countLabel)

        self.exportButton = QPushButton(AuditPanel)
        self.exportButton.setObjectName(u"exportButton")

        self.filterRow.addWidget(self.exportButton)


        self.panelLayout.addLayout(self.filterRow)

        self.splitter = QSplitter(AuditPanel)
        self.splitter.setObjectName(u"splitter")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.splitter.sizePolicy().hasHeightForWidth())
        self.splitter.setSizePolicy(sizePolicy)
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.listState = StateView(self.splitter)
        self.listState.setObjectName(u"listState")
        self.listPage = QWidget()
        self.listPage.setObjectName(u"listPage")
        self.listPageLayout = QVBoxLayout(self.listPage)
        self.listPageLayout.setSpacing(0)
        self.listPageLayout.setObjectName(u"listPageLayout")
        self.listPageLayout.setContentsMargins(0, 0, 0, 0)
        self.auditTable = QTableView(self.listPage)
        self.auditTable.setObjectName(u"auditTable")
        self.auditTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.auditTable.setTabKeyNavigation(False)
        self.auditTable.setAlternatingRowColors(True)
        self.auditTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.auditTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.auditTable.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.auditTable.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.auditTable.setShowGrid(False)
        self.auditTable.setSortingEnabled(False)
        self.auditTable.setWordWrap(False)
        self.auditTable.setCornerButtonEnabled(False)
        self.auditTable.horizontalHeader().setHighlightSections(False)
        self.auditTable.horizontalHeader().setStretchLastSection(True)
        self.auditTable.verticalHeader().setVisible(False)
        self.auditTable.verticalHeader().setMinimumSectionSize(24)
        self.auditTable.verticalHeader().setDefaultSectionSize(32)

        self.listPageLayout.addWidget(self.auditTable)

        self.moreRow = QHBoxLayout()
        self.moreRow.setObjectName(u"moreRow")
        self.moreRow.setContentsMargins(0, 6, 0, 0)
        self.spacer3 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.moreRow.addItem(self.spacer3)

        self.loadMoreButton = QPushButton(self.listPage)
        self.loadMoreButton.setObjectName(u"loadMoreButton")

        self.moreRow.addWidget(self.loadMoreButton)

        self.spacer4 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.moreRow.addItem(self.spacer4)


        self.listPageLayout.addLayout(self.moreRow)

        self.listState.addWidget(self.listPage)
        self.splitter.addWidget(self.listState)
        self.detailCard = QFrame(self.splitter)
        self.detailCard.setObjectName(u"detailCard")
        self.detailCardLayout = QVBoxLayout(self.detailCard)
        self.detailCardLayout.setObjectName(u"detailCardLayout")
        self.detailCardLayout.setContentsMargins(16, 12, 16, 12)
        self.detailState = StateView(self.detailCard)
        self.detailState.setObjectName(u"detailState")
        self.detailPage = QWidget()
        self.detailPage.setObjectName(u"detailPage")
        self.detailPageLayout = QVBoxLayout(self.detailPage)
        self.detailPageLayout.setSpacing(8)
        self.detailPageLayout.setObjectName(u"detailPageLayout")
        self.detailPageLayout.setContentsMargins(0, 0, 0, 0)
        self.detailHeader = QHBoxLayout()
        self.detailHeader.setSpacing(10)
        self.detailHeader.setObjectName(u"detailHeader")
        self.detailTitles = QVBoxLayout()
        self.detailTitles.setSpacing(2)
        self.detailTitles.setObjectName(u"detailTitles")
        self.detailTitle = QLabel(self.detailPage)
        self.detailTitle.setObjectName(u"detailTitle")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.detailTitle.sizePolicy().hasHeightForWidth())
        self.detailTitle.setSizePolicy(sizePolicy1)
        self.detailTitle.setProperty(u"role", u"h2")

        self.detailTitles.addWidget(self.detailTitle)

        self.detailMeta = QLabel(self.detailPage)
        self.detailMeta.setObjectName(u"detailMeta")
        sizePolicy1.setHeightForWidth(self.detailMeta.sizePolicy().hasHeightForWidth())
        self.detailMeta.setSizePolicy(sizePolicy1)
        self.detailMeta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detailMeta.setProperty(u"role", u"muted")

        self.detailTitles.addWidget(self.detailMeta)


        self.detailHeader.addLayout(self.detailTitles)

        self.changedLegend = QLabel(self.detailPage)
        self.changedLegend.setObjectName(u"changedLegend")
        self.changedLegend.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.changedLegend.setProperty(u"role", u"muted")

        self.detailHeader.addWidget(self.changedLegend)


        self.detailPageLayout.addLayout(self.detailHeader)

        self.reasonLabel = QLabel(self.detailPage)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setWordWrap(True)
        self.reasonLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailPageLayout.addWidget(self.reasonLabel)

        self.compareRow = QHBoxLayout()
        self.compareRow.setSpacing(12)
        self.compareRow.setObjectName(u"compareRow")
        self.beforeColumn = QVBoxLayout()
        self.beforeColumn.setSpacing(4)
        self.beforeColumn.setObjectName(u"beforeColumn")
        self.beforeLabel = QLabel(self.detailPage)
        self.beforeLabel.setObjectName(u"beforeLabel")
        self.beforeLabel.setProperty(u"role", u"section")

        self.beforeColumn.addWidget(self.beforeLabel)

        self.beforeView = QTextBrowser(self.detailPage)
        self.beforeView.setObjectName(u"beforeView")
        self.beforeView.setOpenLinks(False)
        self.beforeView.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)

        self.beforeColumn.addWidget(self.beforeView)


        self.compareRow.addLayout(self.beforeColumn)

        self.afterColumn = QVBoxLayout()
        self.afterColumn.setSpacing(4)
        self.afterColumn.setObjectName(u"afterColumn")
        self.afterLabel = QLabel(self.detailPage)
        self.afterLabel.setObjectName(u"afterLabel")
        self.afterLabel.setProperty(u"role", u"section")

        self.afterColumn.addWidget(self.afterLabel)

        self.afterView = QTextBrowser(self.detailPage)
        self.afterView.setObjectName(u"afterView")
        self.afterView.setOpenLinks(False)
        self.afterView.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)

        self.afterColumn.addWidget(self.afterView)


        self.compareRow.addLayout(self.afterColumn)


        self.detailPageLayout.addLayout(self.compareRow)

        self.detailState.addWidget(self.detailPage)

        self.detailCardLayout.addWidget(self.detailState)

        self.splitter.addWidget(self.detailCard)

        self.panelLayout.addWidget(self.splitter)

        QWidget.setTabOrder(self.personEdit, self.entityCombo)
        QWidget.setTabOrder(self.entityCombo, self.periodCombo)
        QWidget.setTabOrder(self.periodCombo, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.clearFiltersButton)
        QWidget.setTabOrder(self.clearFiltersButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.auditTable)
        QWidget.setTabOrder(self.auditTable, self.loadMoreButton)
        QWidget.setTabOrder(self.loadMoreButton, self.beforeView)
        QWidget.setTabOrder(self.beforeView, self.afterView)
        QWidget.setTabOrder(self.afterView, self.verifyButton)

        self.retranslateUi(AuditPanel)

        QMetaObject.connectSlotsByName(AuditPanel)
    # setupUi

    def retranslateUi(self, AuditPanel):
        AuditPanel.setWindowTitle(QCoreApplication.translate("AuditPanel", u"Audit log", None))
        self.titleLabel.setText(QCoreApplication.translate("AuditPanel", u"Audit log", None))
        self.subtitleLabel.setText(QCoreApplication.translate("AuditPanel", u"Read-only. Every change, who made it and from which desk.", None))
        self.verifyButton.setText(QCoreApplication.translate("AuditPanel", u"&Verify chain", None))
#if QT_CONFIG(tooltip)
        self.verifyButton.setToolTip(QCoreApplication.translate("AuditPanel", u"Check that no row of the log was changed or removed since it was written", None))
#endif // QT_CONFIG(tooltip)
        self.personEdit.setPlaceholderText(QCoreApplication.translate("AuditPanel", u"Person (email)", None))
#if QT_CONFIG(accessibility)
        self.personEdit.setAccessibleName(QCoreApplication.translate("AuditPanel", u"Filter by person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.entityCombo.setAccessibleName(QCoreApplication.translate("AuditPanel", u"Filter by kind of record", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(QCoreApplication.translate("AuditPanel", u"Filter by date", None))
#endif // QT_CONFIG(accessibility)
        self.fromDate.setDisplayFormat(QCoreApplication.translate("AuditPanel", u"d MMM yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("AuditPanel", u"to", None))
        self.toDate.setDisplayFormat(QCoreApplication.translate("AuditPanel", u"d MMM yyyy", None))
        self.clearFiltersButton.setText(QCoreApplication.translate("AuditPanel", u"Clear filters", None))
        self.exportButton.setText(QCoreApplication.translate("AuditPanel", u"E&xport CSV\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("AuditPanel", u"Save the entries that match the filters as a CSV file", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.auditTable.setAccessibleName(QCoreApplication.translate("AuditPanel", u"Audit log entries", None))
#endif // QT_CONFIG(accessibility)
        self.loadMoreButton.setText(QCoreApplication.translate("AuditPanel", u"&Load more", None))
        self.beforeLabel.setText(QCoreApplication.translate("AuditPanel", u"Before", None))
#if QT_CONFIG(accessibility)
        self.beforeView.setAccessibleName(QCoreApplication.translate("AuditPanel", u"Before the change", None))
#endif // QT_CONFIG(accessibility)
        self.afterLabel.setText(QCoreApplication.translate("AuditPanel", u"After", None))
#if QT_CONFIG(accessibility)
        self.afterView.setAccessibleName(QCoreApplication.translate("AuditPanel", u"After the change", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
