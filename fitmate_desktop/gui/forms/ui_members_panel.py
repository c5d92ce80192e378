# GENERATED from ui/members_panel.ui — do not edit; run `make forms` to regenerate.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QFrame,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

from fitmate_desktop.gui.widgets.state_view import StateView

class Ui_MembersPanel(object):
    def setupUi(self, MembersPanel):
        if not MembersPanel.objectName():
            MembersPanel.setObjectName(u"MembersPanel")
        MembersPanel.resize(1100, 700)
        self.panelLayout = QVBoxLayout(MembersPanel)
        self.panelLayout.setSpacing(10)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(18, 14, 18, 12)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(12)
        self.headerRow.setObjectName(u"headerRow")
        self.titleLabel = QLabel(MembersPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"h1")

        self.headerRow.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.noticeLabel = QLabel(MembersPanel)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setProperty(u"role", u"muted")

        self.headerRow.addWidget(self.noticeLabel)

        self.countLabel = QLabel(MembersPanel)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setProperty(u"role", u"count")

        self.headerRow.addWidget(self.countLabel)

        self.exportButton = QPushButton(MembersPanel)
        self.exportButton.setObjectName(u"exportButton")

        self.headerRow.addWidget(self.exportButton)


        self.panelLayout.addLayout(self.headerRow)

        self.searchEdit = QLineEdit(MembersPanel)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setProperty(u"field", True)

        self.panelLayout.addWidget(self.searchEdit)

        self.splitter = QSplitter(MembersPanel)
        self.splitter.setObjectName(u"splitter")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.splitter.sizePolicy().hasHeightForWidth())
        self.splitter.setSizePolicy(sizePolicy)
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setHandleWidth(10)
        self.splitter.setChildrenCollapsible(False)
        self.listState = StateView(self.splitter)
        self.listState.setObjectName(u"listState")
        self.listPage = QWidget()
        self.listPage.setObjectName(u"listPage")
        self.listPageLayout = QVBoxLayout(self.listPage)
        self.listPageLayout.setObjectName(u"listPageLayout")
        self.listPageLayout.setContentsMargins(0, 0, 0, 0)
        self.membersTable = QTableView(self.listPage)
        self.membersTable.setObjectName(u"membersTable")
        self.membersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.membersTable.setTabKeyNavigation(False)
        self.membersTable.setAlternatingRowColors(True)
        self.membersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.membersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.membersTable.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.membersTable.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.membersTable.setShowGrid(False)
        self.membersTable.setWordWrap(False)
        self.membersTable.setCornerButtonEnabled(False)
        self.membersTable.horizontalHeader().setHighlightSections(False)
        self.membersTable.horizontalHeader().setStretchLastSection(True)
        self.membersTable.verticalHeader().setVisible(False)
        self.membersTable.verticalHeader().setMinimumSectionSize(24)
        self.membersTable.verticalHeader().setDefaultSectionSize(32)

        self.listPageLayout.addWidget(self.membersTable)

        self.listState.addWidget(self.listPage)
        self.splitter.addWidget(self.listState)
        self.detailState = StateView(self.splitter)
        self.detailState.setObjectName(u"detailState")
        self.detailState.setMinimumSize(QSize(320, 0))
        self.detailPage = QWidget()
        self.detailPage.setObjectName(u"detailPage")
        self.detailPageLayout = QVBoxLayout(self.detailPage)
        self.detailPageLayout.setObjectName(u"detailPageLayout")
        self.detailPageLayout.setContentsMargins(0, 0, 0, 0)
        self.detailScroll = QScrollArea(self.detailPage)
        self.detailScroll.setObjectName(u"detailScroll")
        self.detailScroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.detailScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detailScroll.setWidgetResizable(True)
        self.detailContents = QWidget()
        self.detailContents.setObjectName(u"detailContents")
        self.detailLayout = QVBoxLayout(self.detailContents)
        self.detailLayout.setSpacing(6)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(20, 18, 20, 18)
        self.detailHeader = QHBoxLayout()
        self.detailHeader.setSpacing(14)
        self.detailHeader.setObjectName(u"detailHeader")
        self.photoLabel = QLabel(self.detailContents)
        self.photoLabel.setObjectName(u"photoLabel")
        self.photoLabel.setMinimumSize(QSize(72, 72))
        self.photoLabel.setMaximumSize(QSize(72, 72))

        self.detailHeader.addWidget(self.photoLabel)

        self.nameColumn = QVBoxLayout()
        self.nameColumn.setSpacing(2)
        self.nameColumn.setObjectName(u"nameColumn")
        self.nameLabel = QLabel(self.detailContents)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setProperty(u"role", u"h1")
        self.nameLabel.setWordWrap(True)
        self.nameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.nameColumn.addWidget(self.nameLabel)

        self.codeLabel = QLabel(self.detailContents)
        self.codeLabel.setObjectName(u"codeLabel")
        self.codeLabel.setProperty(u"role", u"muted")
        self.codeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.nameColumn.addWidget(self.codeLabel)

        self.sinceLabel = QLabel(self.detailContents)
        self.sinceLabel.setObjectName(u"sinceLabel")
        self.sinceLabel.setProperty(u"role", u"muted")

        self.nameColumn.addWidget(self.sinceLabel)


        self.detailHeader.addLayout(self.nameColumn)


        self.detailLayout.addLayout(self.detailHeader)

        self.headerGap = QSpacerItem(20, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.detailLayout.addItem(self.headerGap)

        self.statusBand = QFrame(self.detailContents)
        self.statusBand.setObjectName(u"statusBand")
        self.statusBandLayout = QHBoxLayout(self.statusBand)
        self.statusBandLayout.setSpacing(8)
        self.statusBandLayout.setObjectName(u"statusBandLayout")
        self.statusBandLayout.setContentsMargins(10, 8, 10, 8)
        self.statusIcon = QLabel(self.statusBand)
        self.statusIcon.setObjectName(u"statusIcon")
        self.statusIcon.setMinimumSize(QSize(18, 18))
        self.statusIcon.setMaximumSize(QSize(18, 18))

        self.statusBandLayout.addWidget(self.statusIcon, 0, Qt.AlignmentFlag.AlignTop)

        self.statusText = QLabel(self.statusBand)
        self.statusText.setObjectName(u"statusText")
        self.statusText.setWordWrap(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.statusText.sizePolicy().hasHeightForWidth())
        self.statusText.setSizePolicy(sizePolicy1)

        self.statusBandLayout.addWidget(self.statusText)


        self.detailLayout.addWidget(self.statusBand)

        self.membershipSection = QLabel(self.detailContents)
        self.membershipSection.setObjectName(u"membershipSection")
        self.membershipSection.setProperty(u"role", u"section")

        self.detailLayout.addWidget(self.membershipSection)

        self.membershipForm = QFormLayout()
        self.membershipForm.setObjectName(u"membershipForm")
        self.membershipForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.membershipForm.setFormAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.membershipForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.membershipForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.membershipForm.setHorizontalSpacing(16)
        self.membershipForm.setVerticalSpacing(6)
        self.planKey = QLabel(self.detailContents)
        self.planKey.setObjectName(u"planKey")
        self.planKey.setProperty(u"role", u"key")
        self.planKey.setMinimumSize(QSize(96, 0))

        self.membershipForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.planKey)

        self.planValue = QLabel(self.detailContents)
        self.planValue.setObjectName(u"planValue")
        self.planValue.setWordWrap(True)
        self.planValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.membershipForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.planValue)

        self.daysLeftKey = QLabel(self.detailContents)
        self.daysLeftKey.setObjectName(u"daysLeftKey")
        self.daysLeftKey.setProperty(u"role", u"key")
        self.daysLeftKey.setMinimumSize(QSize(96, 0))

        self.membershipForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.daysLeftKey)

        self.daysLeftValue = QLabel(self.detailContents)
        self.daysLeftValue.setObjectName(u"daysLeftValue")
        self.daysLeftValue.setWordWrap(True)
        self.daysLeftValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.membershipForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.daysLeftValue)

        self.endsKey = QLabel(self.detailContents)
        self.endsKey.setObjectName(u"endsKey")
        self.endsKey.setProperty(u"role", u"key")
        self.endsKey.setMinimumSize(QSize(96, 0))

        self.membershipForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endsKey)

        self.endsValue = QLabel(self.detailContents)
        self.endsValue.setObjectName(u"endsValue")
        self.endsValue.setWordWrap(True)
        self.endsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.membershipForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.endsValue)


        self.detailLayout.addLayout(self.membershipForm)

        self.contactSection = QLabel(self.detailContents)
        self.contactSection.setObjectName(u"contactSection")
        self.contactSection.setProperty(u"role", u"section")

        self.detailLayout.addWidget(self.contactSection)

        self.contactForm = QFormLayout()
        self.contactForm.setObjectName(u"contactForm")
        self.contactForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.contactForm.setFormAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.contactForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.contactForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.contactForm.setHorizontalSpacing(16)
        self.contactForm.setVerticalSpacing(6)
        self.phoneKey = QLabel(self.detailContents)
        self.phoneKey.setObjectName(u"phoneKey")
        self.phoneKey.setProperty(u"role", u"key")
        self.phoneKey.setMinimumSize(QSize(96, 0))

        self.contactForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.phoneKey)

        self.phoneValue = QLabel(self.detailContents)
        self.phoneValue.setObjectName(u"phoneValue")
        self.phoneValue.setWordWrap(True)
        self.phoneValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contactForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.phoneValue)

        self.emailKey = QLabel(self.detailContents)
        self.emailKey.setObjectName(u"emailKey")
        self.emailKey.setProperty(u"role", u"key")
        self.emailKey.setMinimumSize(QSize(96, 0))

        self.contactForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.emailKey)

        self.emailValue = QLabel(self.detailContents)
        self.emailValue.setObjectName(u"emailValue")
        self.emailValue.setWordWrap(True)
        self.emailValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contactForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.emailValue)

        self.addressKey = QLabel(self.detailContents)
        self.addressKey.setObjectName(u"addressKey")
        self.addressKey.setProperty(u"role", u"key")
        self.addressKey.setMinimumSize(QSize(96, 0))

        self.contactForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressKey)

        self.addressValue = QLabel(self.detailContents)
        self.addressValue.setObjectName(u"addressValue")
        self.addressValue.setWordWrap(True)
        self.addressValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contactForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressValue)

        self.birthKey = QLabel(self.detailContents)
        self.birthKey.setObjectName(u"birthKey")
        self.birthKey.setProperty(u"role", u"key")
        self.birthKey.setMinimumSize(QSize(96, 0))

        self.contactForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.birthKey)

        self.birthValue = QLabel(self.detailContents)
        self.birthValue.setObjectName(u"birthValue")
        self.birthValue.setWordWrap(True)
        self.birthValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contactForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.birthValue)


        self.detailLayout.addLayout(self.contactForm)

        self.emergencySection = QLabel(self.detailContents)
        self.emergencySection.setObjectName(u"emergencySection")
        self.emergencySection.setProperty(u"role", u"section")

        self.detailLayout.addWidget(self.emergencySection)

        self.emergencyValue = QLabel(self.detailContents)
        self.emergencyValue.setObjectName(u"emergencyValue")
        self.emergencyValue.setWordWrap(True)
        self.emergencyValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.emergencyValue)

        self.healthGap = QSpacerItem(20, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.detailLayout.addItem(self.healthGap)

        self.healthFrame = QFrame(self.detailContents)
        self.healthFrame.setObjectName(u"healthFrame")
        self.healthLayout = QHBoxLayout(self.healthFrame)
        self.healthLayout.setSpacing(10)
        self.healthLayout.setObjectName(u"healthLayout")
        self.healthLayout.setContentsMargins(12, 10, 12, 10)
        self.healthIcon = QLabel(self.healthFrame)
        self.healthIcon.setObjectName(u"healthIcon")
        self.healthIcon.setMinimumSize(QSize(20, 20))
        self.healthIcon.setMaximumSize(QSize(20, 20))

        self.healthLayout.addWidget(self.healthIcon, 0, Qt.AlignmentFlag.AlignTop)

        self.healthText = QVBoxLayout()
        self.healthText.setSpacing(2)
        self.healthText.setObjectName(u"healthText")
        self.healthTitle = QLabel(self.healthFrame)
        self.healthTitle.setObjectName(u"healthTitle")
        self.healthTitle.setStyleSheet(u"font-weight: 600;")

        self.healthText.addWidget(self.healthTitle)

        self.healthValue = QLabel(self.healthFrame)
        self.healthValue.setObjectName(u"healthValue")
        self.healthValue.setWordWrap(True)
        self.healthValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.healthText.addWidget(self.healthValue)


        self.healthLayout.addLayout(self.healthText)


        self.detailLayout.addWidget(self.healthFrame)

        self.trainingSection = QLabel(self.detailContents)
        self.trainingSection.setObjectName(u"trainingSection")
        self.trainingSection.setProperty(u"role", u"section")

        self.detailLayout.addWidget(self.trainingSection)

        self.trainingForm = QFormLayout()
        self.trainingForm.setObjectName(u"trainingForm")
        self.trainingForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.trainingForm.setFormAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.trainingForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.trainingForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.trainingForm.setHorizontalSpacing(16)
        self.trainingForm.setVerticalSpacing(6)
        self.goalKey = QLabel(self.detailContents)
        self.goalKey.setObjectName(u"goalKey")
        self.goalKey.setProperty(u"role", u"key")
        self.goalKey.setMinimumSize(QSize(96, 0))

        self.trainingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.goalKey)

        self.goalValue = QLabel(self.detailContents)
        self.goalValue.setObjectName(u"goalValue")
        self.goalValue.setWordWrap(True)
        self.goalValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.trainingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.goalValue)

        self.trainerKey = QLabel(self.detailContents)
        self.trainerKey.setObjectName(u"trainerKey")
        self.trainerKey.setProperty(u"role", u"key")
        self.trainerKey.setMinimumSize(QSize(96, 0))

        self.trainingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.trainerKey)

        self.trainerValue = QLabel(self.detailContents)
        self.trainerValue.setObjectName(u"trainerValue")
        self.trainerValue.setWordWrap(True)
        self.trainerValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.trainingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.trainerValue)


        self.detailLayout.addLayout(self.trainingForm)

        self.historySection = QLabel(self.detailContents)
        self.historySection.setObjectName(u"historySection")
        self.historySection.setProperty(u"role", u"section")

        self.detailLayout.addWidget(self.historySection)

        self.membershipsBox = QWidget(self.detailContents)
        self.membershipsBox.setObjectName(u"membershipsBox")
        self.membershipsLayout = QGridLayout(self.membershipsBox)
        self.membershipsLayout.setObjectName(u"membershipsLayout")
        self.membershipsLayout.setHorizontalSpacing(12)
        self.membershipsLayout.setVerticalSpacing(4)
        self.membershipsLayout.setContentsMargins(0, 2, 0, 2)

        self.detailLayout.addWidget(self.membershipsBox)

        self.visitsSection = QLabel(self.detailContents)
        self.visitsSection.setObjectName(u"visitsSection")
        self.visitsSection.setProperty(u"role", u"section")

        self.detailLayout.addWidget(self.visitsSection)

        self.visitsBox = QWidget(self.detailContents)
        self.visitsBox.setObjectName(u"visitsBox")
        self.visitsLayout = QGridLayout(self.visitsBox)
        self.visitsLayout.setObjectName(u"visitsLayout")
        self.visitsLayout.setHorizontalSpacing(12)
        self.visitsLayout.setVerticalSpacing(4)
        self.visitsLayout.setContentsMargins(0, 2, 0, 2)

        self.detailLayout.addWidget(self.visitsBox)

        self.detailBottom = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailLayout.addItem(self.detailBottom)

        self.detailScroll.setWidget(self.detailContents)

        self.detailPageLayout.addWidget(self.detailScroll)

        self.detailState.addWidget(self.detailPage)
        self.splitter.addWidget(self.detailState)

        self.panelLayout.addWidget(self.splitter)

        QWidget.setTabOrder(self.searchEdit, self.membersTable)
        QWidget.setTabOrder(self.membersTable, self.detailScroll)
        QWidget.setTabOrder(self.detailScroll, self.exportButton)

        self.retranslateUi(MembersPanel)

        QMetaObject.connectSlotsByName(MembersPanel)
    # setupUi

    def retranslateUi(self, MembersPanel):
        MembersPanel.setWindowTitle(QCoreApplication.translate("MembersPanel", u"Members", None))
        self.titleLabel.setText(QCoreApplication.translate("MembersPanel", u"Members", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("MembersPanel", u"Save the members that match the search as a CSV file", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("MembersPanel", u"Export CSV\u2026", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("MembersPanel", u"Search members", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MembersPanel", u"Search by name, phone, email or member code  (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.membersTable.setAccessibleName(QCoreApplication.translate("MembersPanel", u"Members", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailScroll.setAccessibleName(QCoreApplication.translate("MembersPanel", u"Member details", None))
#endif // QT_CONFIG(accessibility)
        self.membershipSection.setText(QCoreApplication.translate("MembersPanel", u"MEMBERSHIP", None))
        self.planKey.setText(QCoreApplication.translate("MembersPanel", u"Plan", None))
        self.daysLeftKey.setText(QCoreApplication.translate("MembersPanel", u"Days left", None))
        self.endsKey.setText(QCoreApplication.translate("MembersPanel", u"Ends", None))
        self.contactSection.setText(QCoreApplication.translate("MembersPanel", u"CONTACT", None))
        self.phoneKey.setText(QCoreApplication.translate("MembersPanel", u"Phone", None))
        self.emailKey.setText(QCoreApplication.translate("MembersPanel", u"Email", None))
        self.addressKey.setText(QCoreApplication.translate("MembersPanel", u"Address", None))
        self.birthKey.setText(QCoreApplication.translate("MembersPanel", u"Born", None))
        self.emergencySection.setText(QCoreApplication.translate("MembersPanel", u"EMERGENCY CONTACT", None))
        self.healthTitle.setText(QCoreApplication.translate("MembersPanel", u"Health conditions", None))
        self.trainingSection.setText(QCoreApplication.translate("MembersPanel", u"TRAINING", None))
        self.goalKey.setText(QCoreApplication.translate("MembersPanel", u"Goal", None))
        self.trainerKey.setText(QCoreApplication.translate("MembersPanel", u"Trainer", None))
        self.historySection.setText(QCoreApplication.translate("MembersPanel", u"MEMBERSHIP HISTORY", None))
        self.visitsSection.setText(QCoreApplication.translate("MembersPanel", u"RECENT VISITS", None))
    # retranslateUi
