# GENERATED from ui/checkin_panel.ui — do not edit; run `make forms` to regenerate.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QListView, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QToolButton, QVBoxLayout, QWidget)

from fitmate_desktop.gui.widgets.state_view import StateView

class Ui_CheckInPanel(object):
    def setupUi(self, CheckInPanel):
        if not CheckInPanel.objectName():
            CheckInPanel.setObjectName(u"CheckInPanel")
        CheckInPanel.resize(1160, 700)
        self.panelLayout = QVBoxLayout(CheckInPanel)
        self.panelLayout.setSpacing(10)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(18, 14, 18, 12)
        self.scanRow = QHBoxLayout()
        self.scanRow.setSpacing(8)
        self.scanRow.setObjectName(u"scanRow")
        self.scanEdit = QLineEdit(CheckInPanel)
        self.scanEdit.setObjectName(u"scanEdit")
        self.scanEdit.setMinimumSize(QSize(0, 54))
        self.scanEdit.setMaxLength(100)
        self.scanEdit.setClearButtonEnabled(True)
        self.scanEdit.setProperty(u"field", True)

        self.scanRow.addWidget(self.scanEdit)

        self.soundButton = QToolButton(CheckInPanel)
        self.soundButton.setObjectName(u"soundButton")
        self.soundButton.setMinimumSize(QSize(54, 54))
        self.soundButton.setCheckable(True)
        self.soundButton.setAutoRaise(True)
        self.soundButton.setIconSize(QSize(24, 24))

        self.scanRow.addWidget(self.soundButton)


        self.panelLayout.addLayout(self.scanRow)

        self.scanError = QLabel(CheckInPanel)
        self.scanError.setObjectName(u"scanError")
        self.scanError.setWordWrap(True)
        self.scanError.setProperty(u"role", u"fieldError")

        self.panelLayout.addWidget(self.scanError)

        self.offlineBar = QFrame(CheckInPanel)
        self.offlineBar.setObjectName(u"offlineBar")
        self.offlineBarLayout = QHBoxLayout(self.offlineBar)
        self.offlineBarLayout.setSpacing(10)
        self.offlineBarLayout.setObjectName(u"offlineBarLayout")
        self.offlineBarLayout.setContentsMargins(12, 8, 8, 8)
        self.offlineIcon = QLabel(self.offlineBar)
        self.offlineIcon.setObjectName(u"offlineIcon")
        self.offlineIcon.setMinimumSize(QSize(20, 20))
        self.offlineIcon.setMaximumSize(QSize(20, 20))

        self.offlineBarLayout.addWidget(self.offlineIcon)

        self.offlineText = QLabel(self.offlineBar)
        self.offlineText.setObjectName(u"offlineText")
        self.offlineText.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.offlineText.sizePolicy().hasHeightForWidth())
        self.offlineText.setSizePolicy(sizePolicy)

        self.offlineBarLayout.addWidget(self.offlineText)

        self.sendNowButton = QPushButton(self.offlineBar)
        self.sendNowButton.setObjectName(u"sendNowButton")

        self.offlineBarLayout.addWidget(self.sendNowButton)


        self.panelLayout.addWidget(self.offlineBar)

        self.noticeBar = QFrame(CheckInPanel)
        self.noticeBar.setObjectName(u"noticeBar")
        self.noticeBarLayout = QHBoxLayout(self.noticeBar)
        self.noticeBarLayout.setSpacing(10)
        self.noticeBarLayout.setObjectName(u"noticeBarLayout")
        self.noticeBarLayout.setContentsMargins(12, 8, 8, 8)
        self.noticeIcon = QLabel(self.noticeBar)
        self.noticeIcon.setObjectName(u"noticeIcon")
        self.noticeIcon.setMinimumSize(QSize(20, 20))
        self.noticeIcon.setMaximumSize(QSize(20, 20))

        self.noticeBarLayout.addWidget(self.noticeIcon)

        self.noticeText = QLabel(self.noticeBar)
        self.noticeText.setObjectName(u"noticeText")
        self.noticeText.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.noticeText.sizePolicy().hasHeightForWidth())
        self.noticeText.setSizePolicy(sizePolicy)

        self.noticeBarLayout.addWidget(self.noticeText)


        self.panelLayout.addWidget(self.noticeBar)

        self.bodyRow = QHBoxLayout()
        self.bodyRow.setSpacing(16)
        self.bodyRow.setObjectName(u"bodyRow")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setSpacing(12)
        self.leftColumn.setObjectName(u"leftColumn")
        self.verdictCard = QFrame(CheckInPanel)
        self.verdictCard.setObjectName(u"verdictCard")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.verdictCard.sizePolicy().hasHeightForWidth())
        self.verdictCard.setSizePolicy(sizePolicy1)
        self.verdictCardLayout = QVBoxLayout(self.verdictCard)
        self.verdictCardLayout.setSpacing(0)
        self.verdictCardLayout.setObjectName(u"verdictCardLayout")
        self.verdictCardLayout.setContentsMargins(0, 0, 0, 0)
        self.cardStack = QStackedWidget(self.verdictCard)
        self.cardStack.setObjectName(u"cardStack")
        self.idlePage = QWidget()
        self.idlePage.setObjectName(u"idlePage")
        self.idlePageLayout = QVBoxLayout(self.idlePage)
        self.idlePageLayout.setSpacing(10)
        self.idlePageLayout.setObjectName(u"idlePageLayout")
        self.idlePageLayout.setContentsMargins(24, 24, 24, 24)
        self.idleTopSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.idlePageLayout.addItem(self.idleTopSpacer)

        self.idleIcon = QLabel(self.idlePage)
        self.idleIcon.setObjectName(u"idleIcon")
        self.idleIcon.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.idlePageLayout.addWidget(self.idleIcon)

        self.idleTitle = QLabel(self.idlePage)
        self.idleTitle.setObjectName(u"idleTitle")
        self.idleTitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.idleTitle.setProperty(u"role", u"h2")

        self.idlePageLayout.addWidget(self.idleTitle)

        self.idleText = QLabel(self.idlePage)
        self.idleText.setObjectName(u"idleText")
        self.idleText.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.idleText.setWordWrap(True)
        self.idleText.setProperty(u"role", u"muted")

        self.idlePageLayout.addWidget(self.idleText)

        self.idleBottomSpacer = QSpacerItem(10, 30, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.idlePageLayout.addItem(self.idleBottomSpacer)

        self.cardStack.addWidget(self.idlePage)
        self.verdictPage = QWidget()
        self.verdictPage.setObjectName(u"verdictPage")
        self.verdictPageLayout = QVBoxLayout(self.verdictPage)
        self.verdictPageLayout.setSpacing(0)
        self.verdictPageLayout.setObjectName(u"verdictPageLayout")
        self.verdictPageLayout.setContentsMargins(0, 0, 0, 0)
        self.verdictBand = QFrame(self.verdictPage)
        self.verdictBand.setObjectName(u"verdictBand")
        self.verdictBandLayout = QHBoxLayout(self.verdictBand)
        self.verdictBandLayout.setSpacing(14)
        self.verdictBandLayout.setObjectName(u"verdictBandLayout")
        self.verdictBandLayout.setContentsMargins(20, 14, 20, 14)
        self.verdictIcon = QLabel(self.verdictBand)
        self.verdictIcon.setObjectName(u"verdictIcon")
        self.verdictIcon.setMinimumSize(QSize(44, 44))
        self.verdictIcon.setMaximumSize(QSize(44, 44))

        self.verdictBandLayout.addWidget(self.verdictIcon)

        self.verdictHeadline = QLabel(self.verdictBand)
        self.verdictHeadline.setObjectName(u"verdictHeadline")
        self.verdictHeadline.setWordWrap(True)
        self.verdictHeadline.setTextFormat(Qt.TextFormat.PlainText)
        sizePolicy.setHeightForWidth(self.verdictHeadline.sizePolicy().hasHeightForWidth())
        self.verdictHeadline.setSizePolicy(sizePolicy)

        self.verdictBandLayout.addWidget(self.verdictHeadline)

        self.verdictTime = QLabel(self.verdictBand)
        self.verdictTime.setObjectName(u"verdictTime")
        self.verdictTime.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.verdictBandLayout.addWidget(self.verdictTime, 0, Qt.AlignmentFlag.AlignTop)


        self.verdictPageLayout.addWidget(self.verdictBand)

        self.cardBody = QWidget(self.verdictPage)
        self.cardBody.setObjectName(u"cardBody")
        self.cardBodyLayout = QVBoxLayout(self.cardBody)
        self.cardBodyLayout.setSpacing(12)
        self.cardBodyLayout.setObjectName(u"cardBodyLayout")
        self.cardBodyLayout.setContentsMargins(22, 18, 22, 16)
        self.memberBox = QWidget(self.cardBody)
        self.memberBox.setObjectName(u"memberBox")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.memberBox.sizePolicy().hasHeightForWidth())
        self.memberBox.setSizePolicy(sizePolicy2)
        self.memberRow = QHBoxLayout(self.memberBox)
        self.memberRow.setSpacing(22)
        self.memberRow.setObjectName(u"memberRow")
        self.memberRow.setContentsMargins(0, 0, 0, 0)
        self.photoLabel = QLabel(self.memberBox)
        self.photoLabel.setObjectName(u"photoLabel")

        self.memberRow.addWidget(self.photoLabel, 0, Qt.AlignmentFlag.AlignTop)

        self.infoColumn = QVBoxLayout()
        self.infoColumn.setSpacing(4)
        self.infoColumn.setObjectName(u"infoColumn")
        self.nameLabel = QLabel(self.memberBox)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setWordWrap(True)
        self.nameLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.nameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoColumn.addWidget(self.nameLabel)

        self.detailLabel = QLabel(self.memberBox)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.detailLabel.setProperty(u"role", u"muted")

        self.infoColumn.addWidget(self.detailLabel)

        self.infoGap = QSpacerItem(10, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.infoColumn.addItem(self.infoGap)

        self.statsBox = QWidget(self.memberBox)
        self.statsBox.setObjectName(u"statsBox")
        self.visitsLeftTile = QFrame(self.statsBox)
        self.visitsLeftTile.setObjectName(u"visitsLeftTile")
        self.visitsLeftTileLayout = QVBoxLayout(self.visitsLeftTile)
        self.visitsLeftTileLayout.setSpacing(0)
        self.visitsLeftTileLayout.setObjectName(u"visitsLeftTileLayout")
        self.visitsLeftTileLayout.setContentsMargins(14, 8, 14, 8)
        self.visitsLeftValue = QLabel(self.visitsLeftTile)
        self.visitsLeftValue.setObjectName(u"visitsLeftValue")
        self.visitsLeftValue.setTextFormat(Qt.TextFormat.PlainText)

        self.visitsLeftTileLayout.addWidget(self.visitsLeftValue)

        self.visitsLeftCaption = QLabel(self.visitsLeftTile)
        self.visitsLeftCaption.setObjectName(u"visitsLeftCaption")
        self.visitsLeftCaption.setProperty(u"role", u"muted")

        self.visitsLeftTileLayout.addWidget(self.visitsLeftCaption)

        self.daysTile = QFrame(self.statsBox)
        self.daysTile.setObjectName(u"daysTile")
        self.daysTileLayout = QVBoxLayout(self.daysTile)
        self.daysTileLayout.setSpacing(0)
        self.daysTileLayout.setObjectName(u"daysTileLayout")
        self.daysTileLayout.setContentsMargins(14, 8, 14, 8)
        self.daysValue = QLabel(self.daysTile)
        self.daysValue.setObjectName(u"daysValue")
        self.daysValue.setTextFormat(Qt.TextFormat.PlainText)

        self.daysTileLayout.addWidget(self.daysValue)

        self.daysCaption = QLabel(self.daysTile)
        self.daysCaption.setObjectName(u"daysCaption")
        self.daysCaption.setProperty(u"role", u"muted")

        self.daysTileLayout.addWidget(self.daysCaption)

        self.visitsTile = QFrame(self.statsBox)
        self.visitsTile.setObjectName(u"visitsTile")
        self.visitsTileLayout = QVBoxLayout(self.visitsTile)
        self.visitsTileLayout.setSpacing(0)
        self.visitsTileLayout.setObjectName(u"visitsTileLayout")
        self.visitsTileLayout.setContentsMargins(14, 8, 14, 8)
        self.visitsValue = QLabel(self.visitsTile)
        self.visitsValue.setObjectName(u"visitsValue")
        self.visitsValue.setTextFormat(Qt.TextFormat.PlainText)

        self.visitsTileLayout.addWidget(self.visitsValue)

        self.visitsCaption = QLabel(self.visitsTile)
        self.visitsCaption.setObjectName(u"visitsCaption")
        self.visitsCaption.setProperty(u"role", u"muted")

        self.visitsTileLayout.addWidget(self.visitsCaption)

        self.endsTile = QFrame(self.statsBox)
        self.endsTile.setObjectName(u"endsTile")
        self.endsTileLayout = QVBoxLayout(self.endsTile)
        self.endsTileLayout.setSpacing(0)
        self.endsTileLayout.setObjectName(u"endsTileLayout")
        self.endsTileLayout.setContentsMargins(14, 8, 14, 8)
        self.endsValue = QLabel(self.endsTile)
        self.endsValue.setObjectName(u"endsValue")
        self.endsValue.setTextFormat(Qt.TextFormat.PlainText)

        self.endsTileLayout.addWidget(self.endsValue)

        self.endsCaption = QLabel(self.endsTile)
        self.endsCaption.setObjectName(u"endsCaption")
        self.endsCaption.setProperty(u"role", u"muted")

        self.endsTileLayout.addWidget(self.endsCaption)


        self.infoColumn.addWidget(self.statsBox)

        self.infoSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.infoColumn.addItem(self.infoSpacer)


        self.memberRow.addLayout(self.infoColumn)


        self.cardBodyLayout.addWidget(self.memberBox)

        self.reasonsBox = QWidget(self.cardBody)
        self.reasonsBox.setObjectName(u"reasonsBox")
        self.reasonsLayout = QVBoxLayout(self.reasonsBox)
        self.reasonsLayout.setSpacing(6)
        self.reasonsLayout.setObjectName(u"reasonsLayout")
        self.reasonsLayout.setContentsMargins(0, 0, 0, 0)

        self.cardBodyLayout.addWidget(self.reasonsBox)

        self.messageLabel = QLabel(self.cardBody)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.cardBodyLayout.addWidget(self.messageLabel)

        self.actionsRow = QHBoxLayout()
        self.actionsRow.setSpacing(10)
        self.actionsRow.setObjectName(u"actionsRow")
        self.takePaymentButton = QPushButton(self.cardBody)
        self.takePaymentButton.setObjectName(u"takePaymentButton")
        self.takePaymentButton.setMinimumSize(QSize(0, 40))

        self.actionsRow.addWidget(self.takePaymentButton)

        self.renewButton = QPushButton(self.cardBody)
        self.renewButton.setObjectName(u"renewButton")
        self.renewButton.setMinimumSize(QSize(0, 40))

        self.actionsRow.addWidget(self.renewButton)

        self.overrideButton = QPushButton(self.cardBody)
        self.overrideButton.setObjectName(u"overrideButton")
        self.overrideButton.setMinimumSize(QSize(0, 40))

        self.actionsRow.addWidget(self.overrideButton)

        self.actionsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsRow.addItem(self.actionsSpacer)


        self.cardBodyLayout.addLayout(self.actionsRow)

        self.cardBodySpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.cardBodyLayout.addItem(self.cardBodySpacer)


        self.verdictPageLayout.addWidget(self.cardBody)

        self.cardStack.addWidget(self.verdictPage)

        self.verdictCardLayout.addWidget(self.cardStack)


        self.leftColumn.addWidget(self.verdictCard)

        self.recentFrame = QFrame(CheckInPanel)
        self.recentFrame.setObjectName(u"recentFrame")
        self.recentFrameLayout = QVBoxLayout(self.recentFrame)
        self.recentFrameLayout.setSpacing(2)
        self.recentFrameLayout.setObjectName(u"recentFrameLayout")
        self.recentFrameLayout.setContentsMargins(16, 6, 16, 10)
        self.recentTitle = QLabel(self.recentFrame)
        self.recentTitle.setObjectName(u"recentTitle")
        self.recentTitle.setProperty(u"role", u"section")

        self.recentFrameLayout.addWidget(self.recentTitle)

        self.recentRows = QWidget(self.recentFrame)
        self.recentRows.setObjectName(u"recentRows")
        self.recentRowsLayout = QVBoxLayout(self.recentRows)
        self.recentRowsLayout.setSpacing(0)
        self.recentRowsLayout.setObjectName(u"recentRowsLayout")
        self.recentRowsLayout.setContentsMargins(0, 4, 0, 0)

        self.recentFrameLayout.addWidget(self.recentRows)

        self.recentEmpty = QLabel(self.recentFrame)
        self.recentEmpty.setObjectName(u"recentEmpty")
        self.recentEmpty.setWordWrap(True)
        self.recentEmpty.setProperty(u"role", u"muted")

        self.recentFrameLayout.addWidget(self.recentEmpty)


        self.leftColumn.addWidget(self.recentFrame)


        self.bodyRow.addLayout(self.leftColumn)

        self.presenceFrame = QFrame(CheckInPanel)
        self.presenceFrame.setObjectName(u"presenceFrame")
        self.presenceFrame.setMinimumSize(QSize(320, 0))
        self.presenceFrame.setMaximumSize(QSize(460, 16777215))
        sizePolicy3 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy3.setHorizontalStretch(0)
        sizePolicy3.setVerticalStretch(0)
        sizePolicy3.setHeightForWidth(self.presenceFrame.sizePolicy().hasHeightForWidth())
        self.presenceFrame.setSizePolicy(sizePolicy3)
        self.presenceFrameLayout = QVBoxLayout(self.presenceFrame)
        self.presenceFrameLayout.setSpacing(8)
        self.presenceFrameLayout.setObjectName(u"presenceFrameLayout")
        self.presenceFrameLayout.setContentsMargins(16, 14, 16, 14)
        self.presenceTitle = QLabel(self.presenceFrame)
        self.presenceTitle.setObjectName(u"presenceTitle")
        self.presenceTitle.setProperty(u"role", u"h2")

        self.presenceFrameLayout.addWidget(self.presenceTitle)

        self.countRow = QHBoxLayout()
        self.countRow.setSpacing(10)
        self.countRow.setObjectName(u"countRow")
        self.countLabel = QLabel(self.presenceFrame)
        self.countLabel.setObjectName(u"countLabel")

        self.countRow.addWidget(self.countLabel)

        self.countSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countRow.addItem(self.countSpacer)

        self.capacityText = QLabel(self.presenceFrame)
        self.capacityText.setObjectName(u"capacityText")

        self.countRow.addWidget(self.capacityText, 0, Qt.AlignmentFlag.AlignVCenter)


        self.presenceFrameLayout.addLayout(self.countRow)

        self.capacityBar = QProgressBar(self.presenceFrame)
        self.capacityBar.setObjectName(u"capacityBar")
        self.capacityBar.setMinimumSize(QSize(0, 10))
        self.capacityBar.setMaximumSize(QSize(16777215, 10))
        self.capacityBar.setTextVisible(False)

        self.presenceFrameLayout.addWidget(self.capacityBar)

        self.slotLabel = QLabel(self.presenceFrame)
        self.slotLabel.setObjectName(u"slotLabel")
        self.slotLabel.setWordWrap(True)
        self.slotLabel.setProperty(u"role", u"muted")

        self.presenceFrameLayout.addWidget(self.slotLabel)

        self.presenceState = StateView(self.presenceFrame)
        self.presenceState.setObjectName(u"presenceState")
        sizePolicy4 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy4.setHorizontalStretch(0)
        sizePolicy4.setVerticalStretch(1)
        sizePolicy4.setHeightForWidth(self.presenceState.sizePolicy().hasHeightForWidth())
        self.presenceState.setSizePolicy(sizePolicy4)
        self.presencePage = QWidget()
        self.presencePage.setObjectName(u"presencePage")
        self.presencePageLayout = QVBoxLayout(self.presencePage)
        self.presencePageLayout.setSpacing(0)
        self.presencePageLayout.setObjectName(u"presencePageLayout")
        self.presencePageLayout.setContentsMargins(0, 0, 0, 0)
        self.presenceList = QListView(self.presencePage)
        self.presenceList.setObjectName(u"presenceList")
        self.presenceList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.presenceList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.presenceList.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.presenceList.setUniformItemSizes(True)

        self.presencePageLayout.addWidget(self.presenceList)

        self.presenceState.addWidget(self.presencePage)

        self.presenceFrameLayout.addWidget(self.presenceState)

        self.checkoutButton = QPushButton(self.presenceFrame)
        self.checkoutButton.setObjectName(u"checkoutButton")
        self.checkoutButton.setMinimumSize(QSize(0, 38))

        self.presenceFrameLayout.addWidget(self.checkoutButton)


        self.bodyRow.addWidget(self.presenceFrame)


        self.panelLayout.addLayout(self.bodyRow)

        QWidget.setTabOrder(self.scanEdit, self.soundButton)
        QWidget.setTabOrder(self.soundButton, self.sendNowButton)
        QWidget.setTabOrder(self.sendNowButton, self.takePaymentButton)
        QWidget.setTabOrder(self.takePaymentButton, self.renewButton)
        QWidget.setTabOrder(self.renewButton, self.overrideButton)
        QWidget.setTabOrder(self.overrideButton, self.presenceList)
        QWidget.setTabOrder(self.presenceList, self.checkoutButton)

        self.retranslateUi(CheckInPanel)

        QMetaObject.connectSlotsByName(CheckInPanel)
    # setupUi

    def retranslateUi(self, CheckInPanel):
        CheckInPanel.setWindowTitle(QCoreApplication.translate("CheckInPanel", u"Check-in", None))
#if QT_CONFIG(accessibility)
        self.scanEdit.setAccessibleName(QCoreApplication.translate("CheckInPanel", u"Scan a card or search a member", None))
#endif // QT_CONFIG(accessibility)
        self.scanEdit.setPlaceholderText(QCoreApplication.translate("CheckInPanel", u"Scan a card, type a member code, or start typing a name   (F2)", None))
#if QT_CONFIG(tooltip)
        self.soundButton.setToolTip(QCoreApplication.translate("CheckInPanel", u"Sounds on/off at this desk", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.soundButton.setAccessibleName(QCoreApplication.translate("CheckInPanel", u"Sounds", None))
#endif // QT_CONFIG(accessibility)
        self.sendNowButton.setText(QCoreApplication.translate("CheckInPanel", u"Try again now", None))
#if QT_CONFIG(tooltip)
        self.sendNowButton.setToolTip(QCoreApplication.translate("CheckInPanel", u"Send the waiting scans now", None))
#endif // QT_CONFIG(tooltip)
        self.idleTitle.setText(QCoreApplication.translate("CheckInPanel", u"Ready for the next member", None))
        self.idleText.setText(QCoreApplication.translate("CheckInPanel", u"Scan a membership card, or type a few letters of a name\n"
"and pick the member with \u2191 \u2193 and Enter.\n"
"\n"
"F2 brings you back here from any screen.", None))
#if QT_CONFIG(accessibility)
        self.verdictBand.setAccessibleName(QCoreApplication.translate("CheckInPanel", u"Verdict", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.photoLabel.setAccessibleName(QCoreApplication.translate("CheckInPanel", u"Photo", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statsBox.setAccessibleName(QCoreApplication.translate("CheckInPanel", u"Membership figures", None))
#endif // QT_CONFIG(accessibility)
        self.visitsLeftCaption.setText(QCoreApplication.translate("CheckInPanel", u"visits left", None))
        self.daysCaption.setText(QCoreApplication.translate("CheckInPanel", u"days left", None))
        self.visitsCaption.setText(QCoreApplication.translate("CheckInPanel", u"visits this week", None))
        self.endsCaption.setText(QCoreApplication.translate("CheckInPanel", u"membership ends", None))
#if QT_CONFIG(accessibility)
        self.reasonsBox.setAccessibleName(QCoreApplication.translate("CheckInPanel", u"Reasons", None))
#endif // QT_CONFIG(accessibility)
        self.takePaymentButton.setText(QCoreApplication.translate("CheckInPanel", u"Take payment   F5", None))
#if QT_CONFIG(tooltip)
        self.takePaymentButton.setToolTip(QCoreApplication.translate("CheckInPanel", u"Take the payment that is due (opens the payment screen)", None))
#endif // QT_CONFIG(tooltip)
        self.renewButton.setText(QCoreApplication.translate("CheckInPanel", u"Renew   F6", None))
#if QT_CONFIG(tooltip)
        self.renewButton.setToolTip(QCoreApplication.translate("CheckInPanel", u"Sell a new membership (opens the renewal screen)", None))
#endif // QT_CONFIG(tooltip)
        self.overrideButton.setText(QCoreApplication.translate("CheckInPanel", u"Check in anyway\u2026   F8", None))
#if QT_CONFIG(tooltip)
        self.overrideButton.setToolTip(QCoreApplication.translate("CheckInPanel", u"Check this member in despite the refusal; you give a reason, and it is recorded", None))
#endif // QT_CONFIG(tooltip)
        self.recentTitle.setText(QCoreApplication.translate("CheckInPanel", u"PREVIOUS SCANS", None))
#if QT_CONFIG(accessibility)
        self.recentRows.setAccessibleName(QCoreApplication.translate("CheckInPanel", u"Previous scans", None))
#endif // QT_CONFIG(accessibility)
        self.recentEmpty.setText(QCoreApplication.translate("CheckInPanel", u"The last five scans at this desk appear here; a check-in can be undone for a minute.", None))
        self.presenceTitle.setText(QCoreApplication.translate("CheckInPanel", u"In the gym now", None))
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("CheckInPanel", u"People in the gym", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.capacityBar.setAccessibleName(QCoreApplication.translate("CheckInPanel", u"Capacity used", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.presenceList.setAccessibleName(QCoreApplication.translate("CheckInPanel", u"In the gym now", None))
#endif // QT_CONFIG(accessibility)
        self.checkoutButton.setText(QCoreApplication.translate("CheckInPanel", u"Check out   Del", None))
#if QT_CONFIG(tooltip)
        self.checkoutButton.setToolTip(QCoreApplication.translate("CheckInPanel", u"Check the selected member out (Delete)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
