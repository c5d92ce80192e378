# GENERATED from ui/users_panel.ui — do not edit; run `make forms` to regenerate.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QFrame,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

from fitmate_desktop.gui.widgets.state_view import StateView

class Ui_UsersPanel(object):
    def setupUi(self, UsersPanel):
        if not UsersPanel.objectName():
            UsersPanel.setObjectName(u"UsersPanel")
        UsersPanel.resize(1100, 700)
        self.panelLayout = QVBoxLayout(UsersPanel)
        self.panelLayout.setSpacing(10)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(18, 14, 18, 12)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(10)
        self.headerRow.setObjectName(u"headerRow")
        self.titleLabel = QLabel(UsersPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"h1")

        self.headerRow.addWidget(self.titleLabel)

        self.spacer4 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.spacer4)

        self.newButton = QPushButton(UsersPanel)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setProperty(u"primary", True)

        self.headerRow.addWidget(self.newButton)


        self.panelLayout.addLayout(self.headerRow)

        self.noticeBar = QFrame(UsersPanel)
        self.noticeBar.setObjectName(u"noticeBar")
        self.noticeBarLayout = QHBoxLayout(self.noticeBar)
        self.noticeBarLayout.setSpacing(8)
        self.noticeBarLayout.setObjectName(u"noticeBarLayout")
        self.noticeBarLayout.setContentsMargins(12, 8, 12, 8)
        self.noticeBarIcon = QLabel(self.noticeBar)
        self.noticeBarIcon.setObjectName(u"noticeBarIcon")
        self.noticeBarIcon.setMinimumSize(QSize(18, 18))
        self.noticeBarIcon.setMaximumSize(QSize(18, 18))

        self.noticeBarLayout.addWidget(self.noticeBarIcon)

        self.noticeBarLabel = QLabel(self.noticeBar)
        self.noticeBarLabel.setObjectName(u"noticeBarLabel")
        self.noticeBarLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.noticeBarLabel.sizePolicy().hasHeightForWidth())
        self.noticeBarLabel.setSizePolicy(sizePolicy)

        self.noticeBarLayout.addWidget(self.noticeBarLabel)


        self.panelLayout.addWidget(self.noticeBar)

        self.tabs = QTabWidget(UsersPanel)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.accountsTab = QWidget()
        self.accountsTab.setObjectName(u"accountsTab")
        self.accountsTabLayout = QVBoxLayout(self.accountsTab)
        self.accountsTabLayout.setSpacing(10)
        self.accountsTabLayout.setObjectName(u"accountsTabLayout")
        self.accountsTabLayout.setContentsMargins(0, 12, 0, 0)
        self.filterRow = QHBoxLayout()
        self.filterRow.setSpacing(12)
        self.filterRow.setObjectName(u"filterRow")
        self.filterEdit = QLineEdit(self.accountsTab)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)
        self.filterEdit.setMaximumSize(QSize(420, 16777215))
        self.filterEdit.setProperty(u"field", True)

        self.filterRow.addWidget(self.filterEdit)

        self.showArchivedCheck = QCheckBox(self.accountsTab)
        self.showArchivedCheck.setObjectName(u"showArchivedCheck")

        self.filterRow.addWidget(self.showArchivedCheck)

        self.spacer2 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.spacer2)

        self.countLabel = QLabel(self.accountsTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setProperty(u"role", u"count")

        self.filterRow.addWidget(self.countLabel)


        self.accountsTabLayout.addLayout(self.filterRow)

        self.splitter = QSplitter(self.accountsTab)
        self.splitter.setObjectName(u"splitter")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.splitter.sizePolicy().hasHeightForWidth())
        self.splitter.setSizePolicy(sizePolicy1)
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.accountsState = StateView(self.splitter)
        self.accountsState.setObjectName(u"accountsState")
        self.accountsPage = QWidget()
        self.accountsPage.setObjectName(u"accountsPage")
        self.accountsPageLayout = QVBoxLayout(self.accountsPage)
        self.accountsPageLayout.setObjectName(u"accountsPageLayout")
        self.accountsPageLayout.setContentsMargins(0, 0, 0, 0)
        self.accountsTable = QTableView(self.accountsPage)
        self.accountsTable.setObjectName(u"accountsTable")
        self.accountsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.accountsTable.setTabKeyNavigation(False)
        self.accountsTable.setAlternatingRowColors(True)
        self.accountsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.accountsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.accountsTable.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.accountsTable.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.accountsTable.setShowGrid(False)
        self.accountsTable.setSortingEnabled(True)
        self.accountsTable.setWordWrap(False)
        self.accountsTable.setCornerButtonEnabled(False)
        self.accountsTable.horizontalHeader().setHighlightSections(False)
        self.accountsTable.horizontalHeader().setStretchLastSection(True)
        self.accountsTable.verticalHeader().setVisible(False)
        self.accountsTable.verticalHeader().setMinimumSectionSize(24)
        self.accountsTable.verticalHeader().setDefaultSectionSize(32)

        self.accountsPageLayout.addWidget(self.accountsTable)

        self.accountsState.addWidget(self.accountsPage)
        self.splitter.addWidget(self.accountsState)
        self.detailCard = QFrame(self.splitter)
        self.detailCard.setObjectName(u"detailCard")
        self.detailCard.setMinimumSize(QSize(300, 0))
        self.detailCard.setMaximumSize(QSize(420, 16777215))
        self.detailCardLayout = QVBoxLayout(self.detailCard)
        self.detailCardLayout.setObjectName(u"detailCardLayout")
        self.detailCardLayout.setContentsMargins(16, 14, 16, 14)
        self.detailState = StateView(self.detailCard)
        self.detailState.setObjectName(u"detailState")
        self.detailPage = QWidget()
        self.detailPage.setObjectName(u"detailPage")
        self.detailPageLayout = QVBoxLayout(self.detailPage)
        self.detailPageLayout.setSpacing(6)
        self.detailPageLayout.setObjectName(u"detailPageLayout")
        self.detailPageLayout.setContentsMargins(0, 0, 0, 0)
        self.detailHeader = QHBoxLayout()
        self.detailHeader.setSpacing(12)
        self.detailHeader.setObjectName(u"detailHeader")
        self.avatarLabel = QLabel(self.detailPage)
        self.avatarLabel.setObjectName(u"avatarLabel")
        self.avatarLabel.setMinimumSize(QSize(48, 48))
        self.avatarLabel.setMaximumSize(QSize(48, 48))

        self.detailHeader.addWidget(self.avatarLabel)

        self.detailNameBox = QVBoxLayout()
        self.detailNameBox.setSpacing(2)
        self.detailNameBox.setObjectName(u"detailNameBox")
        self.nameLabel = QLabel(self.detailPage)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setWordWrap(True)
        self.nameLabel.setProperty(u"role", u"h2")

        self.detailNameBox.addWidget(self.nameLabel)

        self.emailLabel = QLabel(self.detailPage)
        self.emailLabel.setObjectName(u"emailLabel")
        self.emailLabel.setWordWrap(True)
        self.emailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.emailLabel.setProperty(u"role", u"muted")

        self.detailNameBox.addWidget(self.emailLabel)


        self.detailHeader.addLayout(self.detailNameBox)


        self.detailPageLayout.addLayout(self.detailHeader)

        self.accountBand = QFrame(self.detailPage)
        self.accountBand.setObjectName(u"accountBand")
        self.accountBandLayout = QHBoxLayout(self.accountBand)
        self.accountBandLayout.setSpacing(8)
        self.accountBandLayout.setObjectName(u"accountBandLayout")
        self.accountBandLayout.setContentsMargins(10, 6, 10, 6)
        self.statusIcon = QLabel(self.accountBand)
        self.statusIcon.setObjectName(u"statusIcon")
        self.statusIcon.setMinimumSize(QSize(18, 18))
        self.statusIcon.setMaximumSize(QSize(18, 18))

        self.accountBandLayout.addWidget(self.statusIcon)

        self.statusLabel = QLabel(self.accountBand)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.accountBandLayout.addWidget(self.statusLabel)


        self.detailPageLayout.addWidget(self.accountBand)

        self.infoGrid = QGridLayout()
        self.infoGrid.setObjectName(u"infoGrid")
        self.infoGrid.setHorizontalSpacing(14)
        self.infoGrid.setVerticalSpacing(6)
        self.infoGrid.setContentsMargins(0, 8, 0, 8)
        self.roleValueKey = QLabel(self.detailPage)
        self.roleValueKey.setObjectName(u"roleValueKey")
        self.roleValueKey.setProperty(u"role", u"key")

        self.infoGrid.addWidget(self.roleValueKey, 0, 0, 1, 1)

        self.roleValue = QLabel(self.detailPage)
        self.roleValue.setObjectName(u"roleValue")
        self.roleValue.setWordWrap(True)
        self.roleValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy.setHeightForWidth(self.roleValue.sizePolicy().hasHeightForWidth())
        self.roleValue.setSizePolicy(sizePolicy)

        self.infoGrid.addWidget(self.roleValue, 0, 1, 1, 1)

        self.phoneValueKey = QLabel(self.detailPage)
        self.phoneValueKey.setObjectName(u"phoneValueKey")
        self.phoneValueKey.setProperty(u"role", u"key")

        self.infoGrid.addWidget(self.phoneValueKey, 1, 0, 1, 1)

        self.phoneValue = QLabel(self.detailPage)
        self.phoneValue.setObjectName(u"phoneValue")
        self.phoneValue.setWordWrap(True)
        self.phoneValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy.setHeightForWidth(self.phoneValue.sizePolicy().hasHeightForWidth())
        self.phoneValue.setSizePolicy(sizePolicy)

        self.infoGrid.addWidget(self.phoneValue, 1, 1, 1, 1)

        self.twoStepValueKey = QLabel(self.detailPage)
        self.twoStepValueKey.setObjectName(u"twoStepValueKey")
        self.twoStepValueKey.setProperty(u"role", u"key")

        self.infoGrid.addWidget(self.twoStepValueKey, 2, 0, 1, 1)

        self.twoStepValue = QLabel(self.detailPage)
        self.twoStepValue.setObjectName(u"twoStepValue")
        self.twoStepValue.setWordWrap(True)
        self.twoStepValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy.setHeightForWidth(self.twoStepValue.sizePolicy().hasHeightForWidth())
        self.twoStepValue.setSizePolicy(sizePolicy)

        self.infoGrid.addWidget(self.twoStepValue, 2, 1, 1, 1)

        self.lastSignInValueKey = QLabel(self.detailPage)
        self.lastSignInValueKey.setObjectName(u"lastSignInValueKey")
        self.lastSignInValueKey.setProperty(u"role", u"key")

        self.infoGrid.addWidget(self.lastSignInValueKey, 3, 0, 1, 1)

        self.lastSignInValue = QLabel(self.detailPage)
        self.lastSignInValue.setObjectName(u"lastSignInValue")
        self.lastSignInValue.setWordWrap(True)
        self.lastSignInValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy.setHeightForWidth(self.lastSignInValue.sizePolicy().hasHeightForWidth())
        self.lastSignInValue.setSizePolicy(sizePolicy)

        self.infoGrid.addWidget(self.lastSignInValue, 3, 1, 1, 1)

        self.failedValueKey = QLabel(self.detailPage)
        self.failedValueKey.setObjectName(u"failedValueKey")
        self.failedValueKey.setProperty(u"role", u"key")

        self.infoGrid.addWidget(self.failedValueKey, 4, 0, 1, 1)

        self.failedValue = QLabel(self.detailPage)
        self.failedValue.setObjectName(u"failedValue")
        self.failedValue.setWordWrap(True)
        self.failedValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy.setHeightForWidth(self.failedValue.sizePolicy().hasHeightForWidth())
        self.failedValue.setSizePolicy(sizePolicy)

        self.infoGrid.addWidget(self.failedValue, 4, 1, 1, 1)


        self.detailPageLayout.addLayout(self.infoGrid)

        self.actionsLabel = QLabel(self.detailPage)
        self.actionsLabel.setObjectName(u"actionsLabel")
        self.actionsLabel.setProperty(u"role", u"section")

        self.detailPageLayout.addWidget(self.actionsLabel)

        self.editButton = QPushButton(self.detailPage)
        self.editButton.setObjectName(u"editButton")

        self.detailPageLayout.addWidget(self.editButton)

        self.resetPasswordButton = QPushButton(self.detailPage)
        self.resetPasswordButton.setObjectName(u"resetPasswordButton")

        self.detailPageLayout.addWidget(self.resetPasswordButton)

        self.unlockButton = QPushButton(self.detailPage)
        self.unlockButton.setObjectName(u"unlockButton")

        self.detailPageLayout.addWidget(self.unlockButton)

        self.resetTwoFactorButton = QPushButton(self.detailPage)
        self.resetTwoFactorButton.setObjectName(u"resetTwoFactorButton")

        self.detailPageLayout.addWidget(self.resetTwoFactorButton)

        self.archiveButton = QPushButton(self.detailPage)
        self.archiveButton.setObjectName(u"archiveButton")

        self.detailPageLayout.addWidget(self.archiveButton)

        self.detailSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailPageLayout.addItem(self.detailSpacer)

        self.detailState.addWidget(self.detailPage)

        self.detailCardLayout.addWidget(self.detailState)

        self.splitter.addWidget(self.detailCard)

        self.accountsTabLayout.addWidget(self.splitter)

        self.tabs.addTab(self.accountsTab, "")
        self.sessionsTab = QWidget()
        self.sessionsTab.setObjectName(u"sessionsTab")
        self.sessionsTabLayout = QVBoxLayout(self.sessionsTab)
        self.sessionsTabLayout.setSpacing(10)
        self.sessionsTabLayout.setObjectName(u"sessionsTabLayout")
        self.sessionsTabLayout.setContentsMargins(0, 12, 0, 0)
        self.sessionsRow = QHBoxLayout()
        self.sessionsRow.setSpacing(10)
        self.sessionsRow.setObjectName(u"sessionsRow")
        self.showEndedCheck = QCheckBox(self.sessionsTab)
        self.showEndedCheck.setObjectName(u"showEndedCheck")

        self.sessionsRow.addWidget(self.showEndedCheck)

        self.spacer3 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sessionsRow.addItem(self.spacer3)

        self.sessionsCountLabel = QLabel(self.sessionsTab)
        self.sessionsCountLabel.setObjectName(u"sessionsCountLabel")
        self.sessionsCountLabel.setProperty(u"role", u"count")

        self.sessionsRow.addWidget(self.sessionsCountLabel)

        self.refreshButton = QPushButton(self.sessionsTab)
        self.refreshButton.setObjectName(u"refreshButton")

        self.sessionsRow.addWidget(self.refreshButton)

        self.revokeButton = QPushButton(self.sessionsTab)
        self.revokeButton.setObjectName(u"revokeButton")

        self.sessionsRow.addWidget(self.revokeButton)


        self.sessionsTabLayout.addLayout(self.sessionsRow)

        self.sessionsState = StateView(self.sessionsTab)
        self.sessionsState.setObjectName(u"sessionsState")
        self.sessionsPage = QWidget()
        self.sessionsPage.setObjectName(u"sessionsPage")
        self.sessionsPageLayout = QVBoxLayout(self.sessionsPage)
        self.sessionsPageLayout.setObjectName(u"sessionsPageLayout")
        self.sessionsPageLayout.setContentsMargins(0, 0, 0, 0)
        self.sessionsTable = QTableView(self.sessionsPage)
        self.sessionsTable.setObjectName(u"sessionsTable")
        self.sessionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sessionsTable.setTabKeyNavigation(False)
        self.sessionsTable.setAlternatingRowColors(True)
        self.sessionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessionsTable.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.sessionsTable.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.sessionsTable.setShowGrid(False)
        self.sessionsTable.setSortingEnabled(True)
        self.sessionsTable.setWordWrap(False)
        self.sessionsTable.setCornerButtonEnabled(False)
        self.sessionsTable.horizontalHeader().setHighlightSections(False)
        self.sessionsTable.horizontalHeader().setStretchLastSection(True)
        self.sessionsTable.verticalHeader().setVisible(False)
        self.sessionsTable.verticalHeader().setMinimumSectionSize(24)
        self.sessionsTable.verticalHeader().setDefaultSectionSize(32)

        self.sessionsPageLayout.addWidget(self.sessionsTable)

        self.sessionsState.addWidget(self.sessionsPage)

        self.sessionsTabLayout.addWidget(self.sessionsState)

        self.tabs.addTab(self.sessionsTab, "")

        self.panelLayout.addWidget(self.tabs)

        QWidget.setTabOrder(self.newButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.filterEdit)
        QWidget.setTabOrder(self.filterEdit, self.showArchivedCheck)
        QWidget.setTabOrder(self.showArchivedCheck, self.accountsTable)
        QWidget.setTabOrder(self.accountsTable, self.editButton)
        QWidget.setTabOrder(self.editButton, self.resetPasswordButton)
        QWidget.setTabOrder(self.resetPasswordButton, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.resetTwoFactorButton)
        QWidget.setTabOrder(self.resetTwoFactorButton, self.archiveButton)
        QWidget.setTabOrder(self.archiveButton, self.showEndedCheck)
        QWidget.setTabOrder(self.showEndedCheck, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.revokeButton)
        QWidget.setTabOrder(self.revokeButton, self.sessionsTable)

        self.retranslateUi(UsersPanel)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(UsersPanel)
    # setupUi

    def retranslateUi(self, UsersPanel):
        UsersPanel.setWindowTitle(QCoreApplication.translate("UsersPanel", u"Users & roles", None))
        self.titleLabel.setText(QCoreApplication.translate("UsersPanel", u"Users & roles", None))
        self.newButton.setText(QCoreApplication.translate("UsersPanel", u"&New account\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("UsersPanel", u"Create a staff account (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("UsersPanel", u"Filter by name, email or role  (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("UsersPanel", u"Filter accounts", None))
#endif // QT_CONFIG(accessibility)
        self.showArchivedCheck.setText(QCoreApplication.translate("UsersPanel", u"Show a&rchived", None))
#if QT_CONFIG(accessibility)
        self.accountsTable.setAccessibleName(QCoreApplication.translate("UsersPanel", u"Staff accounts", None))
#endif // QT_CONFIG(accessibility)
        self.roleValueKey.setText(QCoreApplication.translate("UsersPanel", u"Role", None))
        self.phoneValueKey.setText(QCoreApplication.translate("UsersPanel", u"Phone", None))
        self.twoStepValueKey.setText(QCoreApplication.translate("UsersPanel", u"Two-step sign-in", None))
        self.lastSignInValueKey.setText(QCoreApplication.translate("UsersPanel", u"Last sign-in", None))
        self.failedValueKey.setText(QCoreApplication.translate("UsersPanel", u"Failed sign-ins", None))
        self.actionsLabel.setText(QCoreApplication.translate("UsersPanel", u"Actions", None))
        self.editButton.setText(QCoreApplication.translate("UsersPanel", u"&Edit details\u2026", None))
        self.resetPasswordButton.setText(QCoreApplication.translate("UsersPanel", u"Reset &password\u2026", None))
        self.unlockButton.setText(QCoreApplication.translate("UsersPanel", u"&Unlock sign-in", None))
        self.resetTwoFactorButton.setText(QCoreApplication.translate("UsersPanel", u"Reset &two-step sign-in\u2026", None))
        self.archiveButton.setText(QCoreApplication.translate("UsersPanel", u"&Archive account\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.accountsTab), QCoreApplication.translate("UsersPanel", u"Accounts", None))
        self.showEndedCheck.setText(QCoreApplication.translate("UsersPanel", u"Show &ended sessions", None))
        self.refreshButton.setText(QCoreApplication.translate("UsersPanel", u"Refresh", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("UsersPanel", u"Read the sessions again (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.revokeButton.setText(QCoreApplication.translate("UsersPanel", u"Re&voke session\u2026", None))
#if QT_CONFIG(accessibility)
        self.sessionsTable.setAccessibleName(QCoreApplication.translate("UsersPanel", u"Desk sessions", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.sessionsTab), QCoreApplication.translate("UsersPanel", u"Desk sessions", None))
    # retranslateUi
